/* switch_dense: large dense switch statements (compiled to jump tables
 * at -O2 and often at -O0), a switch on a char, a sparse switch, a switch
 * with fall-through, a negative-based range and a switch inside a loop
 * driven by computed values.  Prints results and a digest; exit code is
 * the digest's low 7 bits compared against itself (0 when consistent).
 * (This file was generated once by a small script; it is plain C.) */
#include <stdio.h>
#include <stdint.h>

__attribute__((noinline)) static uint32_t dense256(unsigned v, uint32_t x)
{
    switch (v) {
    case 0: return x - 1037721583u;
    case 1: return x * 125467291u + 1u;
    case 2: return (x + 2u) * 3820911u;
    case 3: return ~x + 37501686u;
    case 4: return (x << 4) | 4u;
    case 5: return x * 254272563u + 5u;
    case 6: return x * 1059448427u + 6u;
    case 7: return (x + 7u) * 1451603u;
    case 8: return x - 519955092u;
    case 9: return (x ^ 159509336u) >> 3;
    case 10: return x * 766018285u + 10u;
    case 11: return (x ^ 540181998u) >> 16;
    case 12: return (x + 12u) * 270793u;
    case 13: return x * 979590927u + 13u;
    case 14: return x * 645816465u + 14u;
    case 15: return x * 553025323u + 15u;
    case 16: return (x + 16u) * 1130723u;
    case 17: return (x << 21) | 17u;
    case 18: return (x << 28) | 18u;
    case 19: return ~x + 286103065u;
    case 20: return x - 1002354633u;
    case 21: return ~x + 941193467u;
    case 22: return x * 20722749u + 22u;
    case 23: return (x ^ 6206485u) >> 11;
    case 24: return ~x + 762370993u;
    case 25: return x * 405173735u + 25u;
    case 26: return x - 81855611u;
    case 27: return (x + 27u) * 687879u;
    case 28: return x * 230955849u + 28u;
    case 29: return x * 1006425817u + 29u;
    case 30: return (x ^ 1027499115u) >> 17;
    case 31: return x - 719945843u;
    case 32: return (x << 14) | 32u;
    case 33: return x * 711231935u + 33u;
    case 34: return (x ^ 190420639u) >> 9;
    case 35: return (x ^ 322415436u) >> 28;
    case 37: return x - 836627795u;
    case 38: return x - 44090851u;
    case 39: return x - 820616306u;
    case 40: return x - 366905948u;
    case 41: return x - 511031223u;
    case 42: return (x + 42u) * 3649835u;
    case 43: return x - 946576001u;
    case 44: return (x + 44u) * 3076713u;
    case 45: return (x << 15) | 45u;
    case 46: return (x ^ 295323032u) >> 4;
    case 47: return x * 447025313u + 47u;
    case 48: return x * 1008346809u + 48u;
    case 49: return x - 890584187u;
    case 50: return ~x + 404607074u;
    case 51: return (x ^ 274313471u) >> 21;
    case 52: return ~x + 370815591u;
    case 53: return (x ^ 751763085u) >> 26;
    case 54: return (x << 30) | 54u;
    case 55: return ~x + 1043603369u;
    case 56: return x - 347344378u;
    case 57: return x * 773828661u + 57u;
    case 58: return x * 424388997u + 58u;
    case 59: return x * 960496183u + 59u;
    case 60: return x * 235569933u + 60u;
    case 61: return ~x + 851257513u;
    case 62: return (x << 11) | 62u;
    case 63: return x * 1014740861u + 63u;
    case 64: return x * 628117151u + 64u;
    case 65: return (x ^ 739628974u) >> 14;
    case 66: return (x ^ 108762162u) >> 13;
    case 67: return x - 756837562u;
    case 68: return (x << 8) | 68u;
    case 69: return (x ^ 999680610u) >> 28;
    case 70: return ~x + 553013736u;
    case 71: return (x + 71u) * 1766531u;
    case 72: return x * 218248609u + 72u;
    case 74: return (x + 74u) * 3409345u;
    case 75: return (x + 75u) * 641983u;
    case 76: return (x ^ 507274295u) >> 11;
    case 77: return (x + 77u) * 549173u;
    case 78: return (x ^ 177253078u) >> 30;
    case 79: return x * 904454459u + 79u;
    case 80: return (x ^ 766435584u) >> 11;
    case 81: return ~x + 1832202u;
    case 82: return x * 65309963u + 82u;
    case 83: return (x ^ 813798352u) >> 26;
    case 84: return x * 983043147u + 84u;
    case 85: return ~x + 464685801u;
    case 86: return ~x + 348333672u;
    case 87: return (x << 30) | 87u;
    case 88: return (x << 21) | 88u;
    case 89: return ~x + 453158639u;
    case 90: return (x ^ 620353560u) >> 28;
    case 91: return x * 900620051u + 91u;
    case 92: return (x << 9) | 92u;
    case 93: return (x + 93u) * 1720747u;
    case 94: return x * 297150029u + 94u;
    case 95: return (x << 13) | 95u;
    case 96: return ~x + 229658154u;
    case 97: return x - 898864514u;
    case 98: return x - 56370323u;
    case 99: return x - 249641854u;
    case 100: return (x << 13) | 100u;
    case 101: return x - 2628924u;
    case 102: return x - 424118058u;
    case 103: return x - 903945109u;
    case 104: return ~x + 199264080u;
    case 105: return (x << 6) | 105u;
    case 106: return ~x + 635121172u;
    case 107: return (x ^ 644775254u) >> 12;
    case 108: return (x + 108u) * 708761u;
    case 109: return ~x + 491148250u;
    case 111: return x * 509412171u + 111u;
    case 112: return ~x + 860437820u;
    case 113: return x * 502395515u + 113u;
    case 114: return x - 28896045u;
    case 115: return (x ^ 70000165u) >> 30;
    case 116: return (x + 116u) * 3725551u;
    case 117: return (x << 12) | 117u;
    case 118: return ~x + 320640247u;
    case 119: return (x + 119u) * 2445565u;
    case 120: return (x + 120u) * 3967687u;
    case 121: return ~x + 208914004u;
    case 122: return (x + 122u) * 1170357u;
    case 123: return (x ^ 744732154u) >> 20;
    case 124: return (x << 17) | 124u;
    case 125: return x - 981361656u;
    case 126: return (x + 126u) * 1121993u;
    case 127: return (x + 127u) * 2471409u;
    case 128: return (x ^ 128437298u) >> 27;
    case 129: return (x ^ 276113366u) >> 12;
    case 130: return x - 934771001u;
    case 131: return x * 40108499u + 131u;
    case 132: return ~x + 1045625567u;
    case 133: return (x + 133u) * 649317u;
    case 134: return (x + 134u) * 1490773u;
    case 135: return (x << 3) | 135u;
    case 136: return x - 280702897u;
    case 137: return (x ^ 976571088u) >> 19;
    case 138: return x * 373390683u + 138u;
    case 139: return x * 701305667u + 139u;
    case 140: return (x << 19) | 140u;
    case 141: return (x ^ 926165321u) >> 19;
    case 142: return x - 174519872u;
    case 143: return (x ^ 735454754u) >> 22;
    case 144: return (x + 144u) * 3681969u;
    case 145: return (x ^ 665571555u) >> 3;
    case 146: return (x ^ 570582799u) >> 27;
    case 148: return (x + 148u) * 2888447u;
    case 149: return ~x + 810071689u;
    case 150: return (x << 13) | 150u;
    case 151: return (x + 151u) * 540739u;
    case 152: return (x + 152u) * 2374693u;
    case 153: return x - 643385197u;
    case 154: return x * 43901489u + 154u;
    case 155: return ~x + 998282671u;
    case 156: return x * 438509933u + 156u;
    case 157: return x * 648585433u + 157u;
    case 158: return (x + 158u) * 1317673u;
    case 159: return (x << 7) | 159u;
    case 160: return ~x + 1009079143u;
    case 161: return (x + 161u) * 3225919u;
    case 162: return x * 529124851u + 162u;
    case 163: return x * 481117555u + 163u;
    case 164: return x - 889430661u;
    case 165: return (x ^ 997819163u) >> 11;
    case 166: return ~x + 522001797u;
    case 167: return x * 259876247u + 167u;
    case 168: return (x << 24) | 168u;
    case 169: return x - 635047899u;
    case 170: return ~x + 186884160u;
    case 171: return (x ^ 19121868u) >> 7;
    case 172: return (x + 172u) * 3501865u;
    case 173: return (x ^ 587956338u) >> 24;
    case 174: return ~x + 538863322u;
    case 175: return ~x + 977300589u;
    case 176: return (x + 176u) * 3117295u;
    case 177: return (x + 177u) * 1963135u;
    case 178: return (x << 12) | 178u;
    case 179: return (x << 14) | 179u;
    case 180: return x * 251438257u + 180u;
    case 181: return (x + 181u) * 3771713u;
    case 182: return x * 1058035773u + 182u;
    case 183: return x * 584355529u + 183u;
    case 185: return (x + 185u) * 3628395u;
    case 186: return (x << 19) | 186u;
    case 187: return (x << 6) | 187u;
    case 188: return (x << 12) | 188u;
    case 189: return ~x + 764657797u;
    case 190: return (x ^ 189316161u) >> 15;
    case 191: return (x + 191u) * 3677717u;
    case 192: return (x ^ 746969493u) >> 14;
    case 193: return (x << 15) | 193u;
    case 194: return ~x + 895465072u;
    case 195: return ~x + 187095888u;
    case 196: return x - 629597227u;
    case 197: return (x + 197u) * 2223489u;
    case 198: return x - 630509119u;
    case 199: return ~x + 552262217u;
    case 200: return ~x + 784271323u;
    case 201: return x * 400537423u + 201u;
    case 202: return (x + 202u) * 2992707u;
    case 203: return (x + 203u) * 3566329u;
    case 204: return x - 136410885u;
    case 205: return (x + 205u) * 2047263u;
    case 206: return (x << 5) | 206u;
    case 207: return x * 256595005u + 207u;
    case 208: return (x << 13) | 208u;
    case 209: return (x << 17) | 209u;
    case 210: return (x ^ 435381552u) >> 18;
    case 211: return ~x + 650180833u;
    case 212: return x - 999797547u;
    case 213: return (x + 213u) * 1340261u;
    case 214: return x - 115856971u;
    case 215: return (x ^ 92204679u) >> 3;
    case 216: return (x << 20) | 216u;
    case 217: return (x << 13) | 217u;
    case 218: return (x ^ 746157308u) >> 30;
    case 219: return (x ^ 284083839u) >> 1;
    case 220: return (x << 22) | 220u;
    case 222: return x * 646525927u + 222u;
    case 223: return ~x + 59796598u;
    case 224: return (x << 14) | 224u;
    case 225: return (x + 225u) * 1425877u;
    case 226: return ~x + 998146409u;
    case 227: return ~x + 619272314u;
    case 228: return x - 178524040u;
    case 229: return (x + 229u) * 37127u;
    case 230: return (x << 30) | 230u;
    case 231: return ~x + 976970785u;
    case 232: return (x + 232u) * 1328015u;
    case 233: return (x ^ 267191549u) >> 5;
    case 234: return (x + 234u) * 2558909u;
    case 235: return (x + 235u) * 1866589u;
    case 236: return (x + 236u) * 3582045u;
    case 237: return x - 288577080u;
    case 238: return ~x + 420667727u;
    case 239: return (x << 16) | 239u;
    case 240: return (x << 27) | 240u;
    case 241: return x - 169440702u;
    case 242: return (x ^ 169253535u) >> 2;
    case 243: return (x << 18) | 243u;
    case 244: return (x ^ 674498097u) >> 18;
    case 245: return x - 461813773u;
    case 246: return x - 25990831u;
    case 247: return ~x + 837416658u;
    case 248: return x * 949933513u + 248u;
    case 249: return (x ^ 76036954u) >> 27;
    case 250: return x - 887305356u;
    case 251: return x - 766350743u;
    case 252: return (x ^ 407704537u) >> 25;
    case 253: return (x + 253u) * 2904527u;
    case 254: return (x + 254u) * 1372691u;
    case 255: return ~x + 556598271u;
    default: return 0xFFFFFFFFu;
    }
}

__attribute__((noinline)) static int neg_range(int v)
{
    switch (v) {
    case -40: return 23;
    case -39: return 856;
    case -38: return 583;
    case -37: return 947;
    case -36: return 124;
    case -35: return -33;
    case -34: return -317;
    case -33: return -716;
    case -32: return -732;
    case -31: return -902;
    case -30: return 278;
    case -29: return -662;
    case -28: return 895;
    case -27: return -704;
    case -26: return 725;
    case -25: return 118;
    case -24: return -858;
    case -23: return 461;
    case -22: return -334;
    case -21: return -650;
    case -20: return -997;
    case -19: return 368;
    case -18: return 381;
    case -17: return -876;
    case -16: return 307;
    case -15: return -821;
    case -14: return 552;
    case -13: return 622;
    case -12: return -697;
    case -11: return 875;
    case -10: return -556;
    case -9: return -919;
    case -8: return -114;
    case -7: return -199;
    case -6: return 508;
    case -5: return -336;
    case -4: return -576;
    case -3: return 990;
    case -2: return 685;
    case -1: return 381;
    case 0: return -220;
    case 1: return 917;
    case 2: return 790;
    case 3: return 874;
    case 4: return 966;
    case 5: return -427;
    case 6: return 100;
    case 7: return 294;
    case 8: return 886;
    case 9: return -377;
    case 10: return -136;
    case 11: return -347;
    case 12: return 403;
    case 13: return 183;
    case 14: return 734;
    case 15: return -690;
    case 16: return 717;
    case 17: return 90;
    case 18: return -810;
    case 19: return 565;
    case 20: return -467;
    case 21: return -431;
    case 22: return -160;
    case 23: return -181;
    case 24: return 756;
    case 25: return 157;
    case 26: return -434;
    case 27: return 76;
    case 28: return -768;
    case 29: return 436;
    case 30: return -232;
    case 31: return -439;
    case 32: return -562;
    case 33: return -391;
    case 34: return 466;
    case 35: return 714;
    case 36: return 203;
    case 37: return -185;
    case 38: return -893;
    case 39: return -285;
    case 40: return 796;
    default: return -99999;
    }
}

__attribute__((noinline)) static const char *char_class(char c)
{
    switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel";
    case 'y': return "sometimes";
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9': return "digit";
    case ' ': case '\t': case '\n': return "space";
    case '.': case ',': case ';': case ':': case '!': case '?': return "punct";
    default:
        if (c >= 'a' && c <= 'z') return "consonant";
        if (c >= 'A' && c <= 'Z') return "upper";
        return "other";
    }
}

__attribute__((noinline)) static long sparse(long v)
{
    switch (v) {
    case 1: return 10;
    case 100: return 20;
    case 1000: return 30;
    case 10000: return 40;
    case 100000: return 50;
    case 1000000: return 60;
    case -1: return 70;
    case -1000000007: return 80;
    case 4294967296L: return 90;
    case 0x7fffffffffffffffL: return 100;
    default: return -1;
    }
}

/* Duff's-device style fall-through */
__attribute__((noinline)) static int fallthrough(int n)
{
    int acc = 0;
    switch (n % 8) {
    case 0: acc += 1;  /* fall through */
    case 7: acc += 2;  /* fall through */
    case 6: acc += 4;  /* fall through */
    case 5: acc += 8;  /* fall through */
    case 4: acc += 16; /* fall through */
    case 3: acc += 32; /* fall through */
    case 2: acc += 64; /* fall through */
    case 1: acc += 128; break;
    default: acc = -1;
    }
    return acc;
}

static void duff_copy(char *to, const char *from, int count)
{
    int n = (count + 7) / 8;
    if (count <= 0) return;
    switch (count % 8) {
    case 0: do { *to++ = *from++;
    /* fall through */ case 7: *to++ = *from++;
    /* fall through */ case 6: *to++ = *from++;
    /* fall through */ case 5: *to++ = *from++;
    /* fall through */ case 4: *to++ = *from++;
    /* fall through */ case 3: *to++ = *from++;
    /* fall through */ case 2: *to++ = *from++;
    /* fall through */ case 1: *to++ = *from++;
            } while (--n > 0);
    }
}

int main(void)
{
    uint32_t digest = 0;
    for (unsigned v = 0; v < 300; v++) {
        uint32_t x = dense256(v, v * 2654435761u);
        digest = digest * 31 + x;
        if (v % 16 == 0 || x == 0xFFFFFFFFu)
            printf("dense256(%3u) = %u\n", v, x);
    }
    printf("dense256 digest %08x\n", digest);
    uint32_t d2 = 0;
    /* pseudo-random order so that branch prediction/caching plays no role */
    for (unsigned i = 0, v = 7; i < 100000; i++, v = (v * 1103515245u + 12345u)) {
        d2 += dense256((v >> 16) & 0x1ff, d2);
    }
    printf("dense256 random-order sum %08x\n", d2);

    long nsum = 0;
    for (int v = -45; v <= 45; v++) {
        int r = neg_range(v);
        nsum = nsum * 3 + r;
        if (v % 5 == 0) printf("neg_range(%d) = %d\n", v, r);
    }
    printf("neg_range digest %ld\n", nsum);

    const char *sample = "Hello, world! 42 yaks; tab\there.";
    for (const char *p = sample; *p; p++)
        printf("'%c' %s\n", *p == '\t' ? 'T' : *p, char_class(*p));

    long probes[] = { 0, 1, 100, 999, 1000, 10000, 100000, 1000000, -1, -1000000007, 4294967296L,
                      0x7fffffffffffffffL, 4294967295L, -2 };
    for (unsigned i = 0; i < sizeof probes / sizeof probes[0]; i++)
        printf("sparse(%ld) = %ld\n", probes[i], sparse(probes[i]));

    for (int n = -3; n < 10; n++)
        printf("fallthrough(%d) = %d\n", n, fallthrough(n));

    char src[40], dst[40];
    for (int len = 0; len <= 20; len++) {
        for (int i = 0; i < 40; i++) { src[i] = (char)('A' + i % 26); dst[i] = '.'; }
        duff_copy(dst, src, len);
        dst[25] = '\0';
        printf("duff %2d: %s\n", len, dst);
    }
    fprintf(stderr, "switch_dense digest %08x %08x\n", digest, d2);
    return 0;
}

/* time_fmt: calendar arithmetic on fixed timestamps only (never the
 * current time): gmtime_r, timegm round trips, strftime with many
 * conversions, day-of-week/day-of-year, leap years, mktime with TZ set to
 * the POSIX string "UTC0" (no zoneinfo files needed), difftime, and an
 * independent days-from-civil implementation to cross-check.
 * Exit code = failed checks. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int fails;

/* Howard Hinnant's days_from_civil, written out independently */
static long long days_from_civil(long long y, unsigned m, unsigned d)
{
    y -= m <= 2;
    long long era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (long long)doe - 719468;
}

int main(void)
{
    setenv("TZ", "UTC0", 1);
    tzset();
    static const long long stamps[] = {
        0, 1, 59, 86399, 86400, 951782400 /* 2000-02-29 */, 951868800, 978307199, 1000000000, 1234567890,
        1700000000, 2147483647, 2147483648LL, 4102444800LL /* 2100-01-01 */, -1, -86400, -2208988800LL /* 1900 */,
        253402300799LL /* 9999-12-31 23:59:59 */,
    };
    for (unsigned i = 0; i < sizeof stamps / sizeof stamps[0]; i++) {
        time_t t = (time_t)stamps[i];
        struct tm tm;
        if (!gmtime_r(&t, &tm)) { printf("gmtime_r failed for %lld\n", stamps[i]); fails++; continue; }
        char buf[200];
        strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %u %w %y %C %e %G-W%V %p %I", &tm);
        time_t back = timegm(&tm);
        long long civil = days_from_civil(tm.tm_year + 1900LL, (unsigned)tm.tm_mon + 1, (unsigned)tm.tm_mday) * 86400LL
                          + tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec;
        int ok = back == t && civil == stamps[i];
        printf("%13lld: %s yday %3d wday %d%s\n", stamps[i], buf, tm.tm_yday, tm.tm_wday, ok ? "" : "  FAIL");
        fails += !ok;
    }

    /* normalisation by mktime (TZ=UTC0) */
    struct tm tm = { 0 };
    tm.tm_year = 2023 - 1900;
    tm.tm_mon = 11;
    tm.tm_mday = 31 + 45;        /* 45 days past the end of December */
    tm.tm_hour = 25;
    tm.tm_min = -30;
    tm.tm_isdst = 0;
    time_t t = mktime(&tm);
    char buf[100];
    strftime(buf, sizeof buf, "%F %T %Z", &tm);
    printf("normalised: %s (%lld)\n", buf, (long long)t);
    fails += strcmp(buf, "2024-02-15 00:30:00 UTC") != 0;

    /* leap years */
    int leaps = 0;
    for (int y = 1600; y <= 2400; y++) {
        struct tm a = { 0 };
        a.tm_year = y - 1900; a.tm_mon = 1; a.tm_mday = 29; a.tm_hour = 12;
        time_t tt = timegm(&a);
        struct tm b;
        gmtime_r(&tt, &b);
        if (b.tm_mon == 1) leaps++;
    }
    printf("leap years 1600..2400: %d\n", leaps);
    fails += leaps != 195;

    printf("difftime: %.1f\n", difftime((time_t)1000000000, (time_t)999913600));

    /* day of week for some dates via timegm */
    const int dates[][3] = { { 1969, 7, 20 }, { 2000, 1, 1 }, { 2024, 2, 29 }, { 1900, 3, 1 }, { 2038, 1, 19 } };
    const char *names[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    for (unsigned i = 0; i < 5; i++) {
        struct tm a = { 0 };
        a.tm_year = dates[i][0] - 1900; a.tm_mon = dates[i][1] - 1; a.tm_mday = dates[i][2];
        time_t tt = timegm(&a);
        printf("%04d-%02d-%02d is a %s (day %lld since epoch)\n", dates[i][0], dates[i][1], dates[i][2],
               names[a.tm_wday], (long long)tt / 86400);
    }
    printf("fails=%d\n", fails);
    return fails;
}

//! A tiny job pool: run closures on N threads, results in input order, and
//! optionally report each result as soon as it and all before it are done.

use std::sync::Mutex;

/// Run `jobs` on `n` threads. `report(i, &result)` is called in input order
/// as results become available (so progress lines come out in order).
pub fn run_ordered<T: Send, F>(jobs: Vec<Box<dyn FnOnce() -> T + Send + '_>>, n: usize, mut report: F) -> Vec<T>
where
    F: FnMut(usize, &T) + Send,
{
    let total = jobs.len();
    let n = n.max(1).min(total.max(1));
    let queue = Mutex::new(jobs.into_iter().enumerate().rev().collect::<Vec<_>>());
    let done: Mutex<(Vec<Option<T>>, usize)> = Mutex::new(((0..total).map(|_| None).collect(), 0));
    let report = Mutex::new(&mut report);
    std::thread::scope(|s| {
        for _ in 0..n {
            s.spawn(|| loop {
                let job = queue.lock().unwrap().pop();
                let Some((i, f)) = job else { break };
                let r = f();
                let mut d = done.lock().unwrap();
                d.0[i] = Some(r);
                // Report every finished result at the head of the order.
                let mut rep = report.lock().unwrap();
                while d.1 < total {
                    let k = d.1;
                    match &d.0[k] {
                        Some(r) => (*rep)(k, r),
                        None => break,
                    }
                    d.1 += 1;
                }
            });
        }
    });
    done.into_inner().unwrap().0.into_iter().map(|r| r.expect("every job ran")).collect()
}

/// The default parallelism: the number of CPUs.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2)
}

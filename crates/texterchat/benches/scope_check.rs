//! Benchmark (b): the client-side scope check alone, `Texter::check_scopes`.
//!
//! Two cases, reported separately: a declared token that has the scope Search Chats needs
//! (`Ok`, the path every permitted call takes), and one that lacks it (the path that builds the
//! missing-scope error, which a refused call takes once). Target: under 100 ns.
//!
//! Run: `cargo bench -p texterchat --bench scope_check`. See BENCHMARKS.md.

#![allow(clippy::expect_used)] // setup failures should stop the benchmark loudly

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use texterchat::api::operations::SEARCH_CHATS;
use texterchat::{Scope, Texter};

fn client(scopes: impl IntoIterator<Item = Scope>) -> Texter {
    Texter::builder()
        .project("demo")
        .token("tok_BENCH_5f3a9c2e")
        .scopes(scopes)
        .build()
        .expect("the client builds")
}

fn scope_check(c: &mut Criterion) {
    let allowed = client([Scope::ListAllChats, Scope::SendSessionMessage]);
    let refused = client([Scope::SendSessionMessage]);
    assert!(allowed.check_scopes(&SEARCH_CHATS).is_ok());
    assert!(
        refused
            .check_scopes(&SEARCH_CHATS)
            .is_err_and(|e| e.is_missing_scope())
    );

    let mut group = c.benchmark_group("b_scope_check");
    group.bench_function("has_scope", |b| {
        b.iter(|| black_box(&allowed).check_scopes(black_box(&SEARCH_CHATS)))
    });
    // Returns (and drops) the error, as a caller that inspects it would.
    group.bench_function("lacks_scope_builds_error", |b| {
        b.iter(|| black_box(&refused).check_scopes(black_box(&SEARCH_CHATS)))
    });
    group.finish();
}

criterion_group!(benches, scope_check);
criterion_main!(benches);

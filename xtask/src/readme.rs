//! The README's generated tables: coverage, operation → scopes, and the scope catalog. They sit
//! between `<!-- BEGIN generated:NAME -->` and `<!-- END generated:NAME -->` markers.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::spec::Spec;

fn source_label(s: &str) -> &str {
    match s {
        "reference" => "reference",
        "texter-code" => "Texter code",
        "inferred" => "**inferred**",
        other => other,
    }
}

/// Operation → scopes table, with method, path and source (also printed by `cargo xtask scopes`).
pub fn operations_table(spec: &Spec) -> Result<String, String> {
    let names: BTreeMap<String, String> = spec
        .scope_catalog()?
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect();
    let mut out = String::new();
    writeln!(
        out,
        "| # | Group | Operation (`operationId`) | Method and path | Required scopes (all of them) | Idempotent | Source |"
    )
    .ok();
    writeln!(out, "|---|---|---|---|---|---|---|").ok();
    for (i, op) in spec.operations().iter().enumerate() {
        let scopes = if op.scopes().is_empty() {
            "none (any valid token)".to_string()
        } else {
            op.scopes()
                .iter()
                .map(|s| names.get(s).cloned().unwrap_or_else(|| s.clone()))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let scopes = match op.scopes_source.as_deref() {
            Some("inferred") => format!("{scopes} (inferred)"),
            _ => scopes,
        };
        writeln!(
            out,
            "| {} | {} | {} (`{}`) | `{} {}` | {} | {} | {} |",
            i + 1,
            op.tag(),
            op.summary,
            op.id,
            op.method,
            op.path,
            scopes,
            if op.idempotent == Some(true) {
                "yes"
            } else {
                "no"
            },
            source_label(op.source.as_deref().unwrap_or("?"))
        )
        .ok();
    }
    Ok(out)
}

pub fn unpublished_table(spec: &Spec) -> Result<String, String> {
    let names: BTreeMap<String, String> = spec
        .scope_catalog()?
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect();
    let mut out = String::new();
    writeln!(
        out,
        "| Operation | Group | Required scopes | Scopes source | What is known |"
    )
    .ok();
    writeln!(out, "|---|---|---|---|---|").ok();
    for u in spec.unpublished_operations()? {
        let scopes = if u.scopes.is_empty() {
            if u.scopes_source == "unknown" {
                "unknown".to_string()
            } else {
                "none (any valid token)".to_string()
            }
        } else {
            u.scopes
                .iter()
                .map(|s| names.get(s).cloned().unwrap_or_else(|| s.clone()))
                .collect::<Vec<_>>()
                .join(", ")
        };
        writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            u.name,
            u.group,
            scopes,
            source_label(&u.scopes_source),
            u.known
        )
        .ok();
    }
    Ok(out)
}

pub fn scopes_table(spec: &Spec) -> Result<String, String> {
    let ops = spec.operations();
    let bundles = spec.scope_bundles()?;
    let mut out = String::new();
    writeln!(
        out,
        "| Scope (as shown in Texter) | `Scope` | What it unlocks | Operations in the spec | In the suggested bundle of |"
    )
    .ok();
    writeln!(out, "|---|---|---|---|---|").ok();
    for s in spec.scope_catalog()? {
        let users: Vec<String> = ops
            .iter()
            .filter(|o| o.scopes().contains(&s.id))
            .map(|o| format!("`{}`", o.id))
            .collect();
        let groups: Vec<&str> = bundles
            .iter()
            .filter(|(_, ids)| ids.contains(&s.id))
            .map(|(g, _)| g.as_str())
            .collect();
        writeln!(
            out,
            "| {} | `{}` | {} | {} | {} |",
            s.name,
            heck::ToPascalCase::to_pascal_case(s.id.as_str()),
            s.unlocks,
            if users.is_empty() {
                "none (unpublished operations only)".to_string()
            } else {
                users.join(", ")
            },
            groups.join(", ")
        )
        .ok();
    }
    Ok(out)
}

/// Replaces the body of every generated section of `readme`. Fails if a marker is missing.
pub fn update(spec: &Spec, readme: &str) -> Result<String, String> {
    let sections = [
        ("operations", operations_table(spec)?),
        ("unpublished", unpublished_table(spec)?),
        ("scopes", scopes_table(spec)?),
    ];
    let mut text = readme.to_string();
    for (name, body) in sections {
        let begin = format!("<!-- BEGIN generated:{name} -->");
        let end = format!("<!-- END generated:{name} -->");
        let start = text.find(&begin).ok_or_else(|| {
            format!("README.md lacks the marker `{begin}` (and `{end}` after it)")
        })?;
        let after = start + begin.len();
        let stop = text[after..]
            .find(&end)
            .map(|i| i + after)
            .ok_or_else(|| format!("README.md has `{begin}` but no `{end}` after it"))?;
        text.replace_range(after..stop, &format!("\n{body}"));
    }
    Ok(text)
}

//! The public API of a hand-written crate, one line per item, for a committed snapshot whose
//! diff is reviewed on every change (`tests/surface.rs`): the semver check of this project,
//! in place of `cargo-semver-checks` (see BENCHMARKS.md and the README's "Stability").
//!
//! It reads the crate's source with syn, from `lib.rs` through every `mod` (private ones too:
//! their `pub` items may be re-exported), and lists each `pub` item with its signature: functions
//! and methods without bodies, structs with their `pub` fields, enums with their variants,
//! traits with their items, `pub use`, constants with their values, and the header of every trait
//! implementation. Files marked `// @generated` are skipped: the generated-surface snapshot
//! covers them. Doc comments are left out (a doc change is not an API change); derives and
//! `#[non_exhaustive]` are kept (they are). It over-approximates: a `pub` item of a private module
//! that nothing re-exports is listed too, which only makes the review see more.

use std::path::{Path, PathBuf};

use quote::quote;

/// The public API of the crate whose `src/lib.rs` is `lib`, sorted, one item per line.
pub fn public_api(lib: &Path) -> Result<String, String> {
    let mut lines = Vec::new();
    let dir = lib.parent().map(Path::to_path_buf).unwrap_or_default();
    walk_file(lib, &dir, "crate", &mut lines)?;
    lines.sort();
    lines.dedup();
    Ok(lines.join("\n") + "\n")
}

fn walk_file(file: &Path, dir: &Path, path: &str, out: &mut Vec<String>) -> Result<(), String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    if text.starts_with("// @generated") {
        // Generated from the spec: its API is the generated-surface snapshot's.
        return Ok(());
    }
    let ast = syn::parse_file(&text).map_err(|e| format!("{}: {e}", file.display()))?;
    walk_items(&ast.items, dir, path, out)
}

/// Whether the attributes compile the item out of a normal build (`#[cfg(test)]`,
/// `#[cfg(doctest)]`).
fn test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("cfg") && {
            let text = quote!(#a).to_string();
            text.contains("test") && !text.contains("not")
        }
    })
}

fn is_pub(vis: &syn::Visibility) -> bool {
    matches!(vis, syn::Visibility::Public(_))
}

/// The attributes that are part of the API: derives, `non_exhaustive`, `must_use`, and the
/// feature gates.
fn api_attrs(attrs: &[syn::Attribute]) -> Vec<syn::Attribute> {
    attrs
        .iter()
        .filter(|a| {
            ["derive", "non_exhaustive", "must_use", "cfg", "deprecated"]
                .iter()
                .any(|name| a.path().is_ident(name))
        })
        .cloned()
        .collect()
}

/// One item as one line of Rust.
fn line(path: &str, item: syn::Item) -> String {
    let file: syn::File = syn::parse_quote!(#item);
    let text = prettyplease::unparse(&file);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    format!("{path}: {flat}")
}

fn empty_block() -> syn::Block {
    syn::parse_quote!({})
}

fn walk_items(
    items: &[syn::Item],
    dir: &Path,
    path: &str,
    out: &mut Vec<String>,
) -> Result<(), String> {
    for item in items {
        match item {
            syn::Item::Mod(m) if !test_only(&m.attrs) => {
                let child = format!("{path}::{}", m.ident);
                match &m.content {
                    Some((_, inner)) => {
                        walk_items(inner, &dir.join(m.ident.to_string()), &child, out)?
                    }
                    None => {
                        let name = m.ident.to_string();
                        let flat = dir.join(format!("{name}.rs"));
                        let nested = dir.join(&name).join("mod.rs");
                        let (file, child_dir): (PathBuf, PathBuf) = if flat.is_file() {
                            (flat, dir.join(&name))
                        } else {
                            (nested, dir.join(&name))
                        };
                        walk_file(&file, &child_dir, &child, out)?;
                    }
                }
                if is_pub(&m.vis) {
                    out.push(format!("{path}: pub mod {}", m.ident));
                }
            }
            syn::Item::Fn(f) if is_pub(&f.vis) && !test_only(&f.attrs) => {
                let mut f = f.clone();
                f.attrs = api_attrs(&f.attrs);
                f.block = Box::new(empty_block());
                out.push(line(path, syn::Item::Fn(f)));
            }
            syn::Item::Struct(s) if is_pub(&s.vis) && !test_only(&s.attrs) => {
                let mut s = s.clone();
                s.attrs = api_attrs(&s.attrs);
                if let syn::Fields::Named(named) = &mut s.fields {
                    named.named = named
                        .named
                        .iter()
                        .filter(|f| is_pub(&f.vis))
                        .cloned()
                        .map(|mut f| {
                            f.attrs.clear();
                            f
                        })
                        .collect();
                }
                if let syn::Fields::Unnamed(unnamed) = &mut s.fields {
                    for f in unnamed.unnamed.iter_mut() {
                        f.attrs.clear();
                        if !is_pub(&f.vis) {
                            f.ty = syn::parse_quote!(_);
                        }
                    }
                }
                out.push(line(path, syn::Item::Struct(s)));
            }
            syn::Item::Enum(e) if is_pub(&e.vis) && !test_only(&e.attrs) => {
                let mut e = e.clone();
                e.attrs = api_attrs(&e.attrs);
                for v in e.variants.iter_mut() {
                    v.attrs = api_attrs(&v.attrs);
                    for f in v.fields.iter_mut() {
                        f.attrs.clear();
                    }
                }
                out.push(line(path, syn::Item::Enum(e)));
            }
            syn::Item::Trait(t) if is_pub(&t.vis) && !test_only(&t.attrs) => {
                let mut t = t.clone();
                t.attrs = api_attrs(&t.attrs);
                for it in t.items.iter_mut() {
                    if let syn::TraitItem::Fn(f) = it {
                        f.attrs = api_attrs(&f.attrs);
                        f.default = None;
                        f.semi_token = Some(Default::default());
                    }
                }
                out.push(line(path, syn::Item::Trait(t)));
            }
            syn::Item::Impl(i) if !test_only(&i.attrs) => {
                let (self_ty, generics) = (&i.self_ty, &i.generics);
                let (impl_generics, _, where_clause) = generics.split_for_impl();
                let header = match &i.trait_ {
                    Some((trait_path, _)) => {
                        quote!(impl #impl_generics #trait_path for #self_ty #where_clause)
                    }
                    None => quote!(impl #impl_generics #self_ty #where_clause),
                };
                let header = header.to_string();
                if i.trait_.is_some() {
                    out.push(format!("{path}: {header}"));
                    continue;
                }
                for it in &i.items {
                    match it {
                        syn::ImplItem::Fn(f) if is_pub(&f.vis) && !test_only(&f.attrs) => {
                            let sig = &f.sig;
                            let attrs = api_attrs(&f.attrs);
                            let method = syn::Item::Verbatim(quote!(#(#attrs)* pub #sig {}));
                            out.push(format!("{}  {}", header, line(path, method)));
                        }
                        syn::ImplItem::Const(c) if is_pub(&c.vis) => {
                            let (ident, ty, expr) = (&c.ident, &c.ty, &c.expr);
                            let konst = syn::Item::Verbatim(quote!(pub const #ident: #ty = #expr;));
                            out.push(format!("{}  {}", header, line(path, konst)));
                        }
                        _ => {}
                    }
                }
            }
            syn::Item::Use(u) if is_pub(&u.vis) && !test_only(&u.attrs) => {
                let mut u = u.clone();
                u.attrs = api_attrs(&u.attrs);
                out.push(line(path, syn::Item::Use(u)));
            }
            syn::Item::Const(c) if is_pub(&c.vis) => {
                let mut c = c.clone();
                c.attrs = api_attrs(&c.attrs);
                out.push(line(path, syn::Item::Const(c)));
            }
            syn::Item::Static(s) if is_pub(&s.vis) => {
                let mut s = s.clone();
                s.attrs = api_attrs(&s.attrs);
                out.push(line(path, syn::Item::Static(s)));
            }
            syn::Item::Type(t) if is_pub(&t.vis) => {
                let mut t = t.clone();
                t.attrs = api_attrs(&t.attrs);
                out.push(line(path, syn::Item::Type(t)));
            }
            syn::Item::Macro(m) if m.attrs.iter().any(|a| a.path().is_ident("macro_export")) => {
                if let Some(name) = &m.ident {
                    out.push(format!("{path}: macro {name}!"));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

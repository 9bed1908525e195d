//! Lists the labels of a Texter project (TEXTER_PROJECT, TEXTER_TOKEN) through texterchat.

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    #[cfg(feature = "ring")]
    let _ = rustls::crypto::ring::default_provider().install_default();
    let texter = texterchat::Texter::builder()
        .project(std::env::var("TEXTER_PROJECT")?)
        .token(std::env::var("TEXTER_TOKEN")?)
        .unchecked_scopes()
        .build()?;
    let labels = texter.labels().list().limit(100).send().await?;
    for label in labels.labels {
        println!("{}\t{}", label.id.unwrap_or_default(), label.name.unwrap_or_default());
    }
    Ok(())
}

//! Lists the labels of a Texter project (TEXTER_PROJECT, TEXTER_TOKEN) with reqwest alone. Its
//! path and field names are typed by hand on purpose: it is the app a user writes without the SDK.

#[derive(serde::Deserialize)]
struct Label {
    #[serde(rename = "_id")]
    id: Option<String>,
    name: Option<String>,
}

#[derive(serde::Deserialize)]
struct Labels {
    labels: Option<Vec<Label>>,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = format!(
        "https://{}.texterchat.com/server/api/v2/labels",
        std::env::var("TEXTER_PROJECT")?
    );
    let labels: Labels = reqwest::Client::new()
        .get(url)
        .query(&[("limit", "100")])
        .bearer_auth(std::env::var("TEXTER_TOKEN")?)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    for label in labels.labels.unwrap_or_default() {
        println!("{}\t{}", label.id.unwrap_or_default(), label.name.unwrap_or_default());
    }
    Ok(())
}

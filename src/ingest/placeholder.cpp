// Placeholder until the ingest stage lands.
namespace tally {}

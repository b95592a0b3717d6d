// Placeholder until the analyse stage lands.
namespace tally {}

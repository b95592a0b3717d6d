// Placeholder until the stories stage lands.
namespace tally {}

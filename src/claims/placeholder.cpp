// Placeholder until the claims stage lands.
namespace tally {}

// Placeholder until the store stage lands.
namespace tally {}

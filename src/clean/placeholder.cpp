// Placeholder until the clean stage lands.
namespace tally {}

// Placeholder until the report stage lands.
namespace tally {}

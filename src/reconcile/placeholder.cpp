// Placeholder until the reconcile stage lands.
namespace tally {}

// The development half of ../shared/event-clusters/gva-incidents against the claims issue's
// targets: exact match of the reconciled killed figure >= 0.85 and injured >= 0.75 over the
// incidents where some article states a figure. Skips when ../shared is absent.
#include <cstdio>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "tally/incident_eval.h"

namespace tally {
namespace {

const std::string kFolder =
    std::string(TALLY_SOURCE_DIR) + "/../shared/event-clusters/gva-incidents";

TEST(GvaIncidentsTest, KilledAndInjuredMeetTheTargets) {
  if (!std::filesystem::exists(kFolder + "/incidents.jsonl.gz")) {
    GTEST_SKIP() << "no ../shared/event-clusters/gva-incidents";
  }
  Result<std::vector<Incident>> incidents = ReadIncidents(kFolder + "/incidents.jsonl.gz");
  ASSERT_TRUE(incidents.ok()) << incidents.status().ToString();
  Result<std::vector<IncidentArticle>> articles =
      ReadIncidentArticles(kFolder + "/articles.jsonl.gz");
  ASSERT_TRUE(articles.ok()) << articles.status().ToString();
  IncidentEvalReport report = EvaluateIncidents(*incidents, std::move(*articles));
  std::printf("GVA development half: killed %zu/%zu, injured %zu/%zu\n", report.killed.exact,
              report.killed.n, report.injured.exact, report.injured.n);
  EXPECT_GE(report.killed.rate(), 0.85);
  EXPECT_GE(report.injured.rate(), 0.75);
}

}  // namespace
}  // namespace tally

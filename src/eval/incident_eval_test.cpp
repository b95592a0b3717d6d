#include "eval/incident_eval.h"

#include <zlib.h>

#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace tally {
namespace {

Incident MakeIncident(const char* id, std::optional<int> killed, std::optional<int> injured) {
  Incident incident;
  incident.id = id;
  incident.date = Date::FromYmd(2016, 5, 7);
  incident.state = "Ohio";
  incident.city = "Dayton";
  incident.killed = killed;
  incident.injured = injured;
  return incident;
}

IncidentArticle Article(const char* incident, const char* id, const char* text) {
  IncidentArticle article;
  article.id = id;
  article.incident_id = incident;
  article.published = Date::FromYmd(2016, 5, 8);
  article.text = text;
  return article;
}

// Articles written for these tests.
TEST(IncidentEvalTest, ScoresExactOverUnderAndUnstated) {
  std::vector<Incident> incidents = {MakeIncident("1", 2, 3), MakeIncident("2", 1, 0),
                                     MakeIncident("3", 0, 2), MakeIncident("4", std::nullopt,
                                                                           std::nullopt)};
  std::vector<IncidentArticle> articles = {
      Article("1", "a", "Two people were killed and three were wounded in a shooting, police "
                        "said."),
      Article("1", "b", "Police said two people were killed in the shooting on Saturday."),
      Article("2", "c", "Four people were killed in the crash."),
      Article("3", "d", "Officers found the car empty on Saturday."),
      Article("4", "e", "Five people were killed."),
      Article("9", "f", "Nine people were killed."),
  };
  IncidentEvalReport report = EvaluateIncidents(incidents, articles);
  EXPECT_EQ(report.incidents, 3u);  // incident 4 has no official count, 9 is not listed
  EXPECT_EQ(report.articles, 4u);
  EXPECT_EQ(report.killed.with_official, 3u);
  EXPECT_EQ(report.killed.n, 2u);  // incident 3 states no figure
  EXPECT_EQ(report.killed.exact, 1u);
  EXPECT_EQ(report.killed.errors.at("over"), 1u);
  EXPECT_EQ(report.injured.n, 1u);
  EXPECT_EQ(report.injured.exact, 1u);
  EXPECT_DOUBLE_EQ(report.killed.rate(), 0.5);
  std::string json = IncidentEvalJson(report);
  EXPECT_EQ(json.rfind(R"({"killed":{"exact":0.5,"n":2,)", 0), 0u) << json;
  EXPECT_NE(json.find(R"("injured":{"exact":1,"n":1,)"), std::string::npos) << json;
  std::string text = FormatIncidentEval(report, /*details=*/true);
  EXPECT_NE(text.find("2 killed official 1 tally 4 over"), std::string::npos) << text;
}

SourcedClaim Sourced(const char* measure, double value, const char* subgroup,
                     const char* place) {
  SourcedClaim s;
  s.claim.measure = measure;
  s.claim.value = value;
  s.claim.lo = value;
  s.claim.hi = value;
  if (subgroup != nullptr) s.claim.subgroup = subgroup;
  if (place != nullptr) s.claim.place = place;
  s.document_id = "doc";
  return s;
}

TEST(IncidentEvalTest, TheWholeIsTheSeriesWithoutSubgroupInTheIncidentsOwnPlace) {
  Incident incident = MakeIncident("1", 3, std::nullopt);
  // A figure placed elsewhere and a tally over several incidents are never the whole.
  Reconciliation elsewhere = Reconcile({Sourced("killed", 5, "several incidents", nullptr),
                                        Sourced("killed", 7, nullptr, "Mexico")},
                                       ReconcileOptions{});
  IncidentJudgement only_parts =
      internal::JudgeIncidentMeasure(elsewhere, "killed", 3, incident);
  EXPECT_EQ(only_parts.outcome, IncidentOutcome::kOnlyParts);
  EXPECT_FALSE(only_parts.estimate.has_value());
  // Without a whole, a subgroup of the incident stands in for it ("two children were killed").
  Reconciliation parts = Reconcile({Sourced("killed", 1, "children", nullptr),
                                    Sourced("killed", 7, nullptr, "Mexico")},
                                   ReconcileOptions{});
  IncidentJudgement stand_in = internal::JudgeIncidentMeasure(parts, "killed", 3, incident);
  EXPECT_EQ(stand_in.outcome, IncidentOutcome::kUnder);
  ASSERT_TRUE(stand_in.estimate.has_value());
  EXPECT_EQ(*stand_in.estimate, 1);

  Reconciliation whole = Reconcile({Sourced("killed", 1, "children", nullptr),
                                    Sourced("killed", 3, nullptr, "Ohio")},
                                   ReconcileOptions{});
  IncidentJudgement exact = internal::JudgeIncidentMeasure(whole, "killed", 3, incident);
  EXPECT_EQ(exact.outcome, IncidentOutcome::kExact);
  ASSERT_TRUE(exact.estimate.has_value());
  EXPECT_EQ(*exact.estimate, 3);

  IncidentJudgement under = internal::JudgeIncidentMeasure(whole, "killed", 4, incident);
  EXPECT_EQ(under.outcome, IncidentOutcome::kUnder);
  EXPECT_FALSE(under.official_was_stated);
  IncidentJudgement stated = internal::JudgeIncidentMeasure(whole, "killed", 1, incident);
  EXPECT_EQ(stated.outcome, IncidentOutcome::kOver);
  EXPECT_TRUE(stated.official_was_stated);  // the children figure states 1

  IncidentJudgement none = internal::JudgeIncidentMeasure(whole, "injured", 2, incident);
  EXPECT_EQ(none.outcome, IncidentOutcome::kNoClaim);
}

void WriteGzip(const std::filesystem::path& path, const std::string& content) {
  gzFile file = gzopen(path.c_str(), "wb");
  ASSERT_NE(file, nullptr);
  ASSERT_EQ(gzwrite(file, content.data(), static_cast<unsigned>(content.size())),
            static_cast<int>(content.size()));
  gzclose(file);
}

TEST(IncidentEvalTest, ReadsGzippedJsonLinesAndNamesBadLines) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() /
                              ("tally_incident_eval_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  WriteGzip(dir / "incidents.jsonl.gz",
            "{\"incident_id\": \"7\", \"date\": \"2016-05-07\", \"state\": \"Ohio\", "
            "\"city_or_county\": \"Dayton\", \"num_killed\": 1, \"num_injured\": null}\n\n"
            "{\"incident_id\": \"8\"}\n");
  WriteGzip(dir / "articles.jsonl.gz",
            "{\"id\": \"a\", \"cluster_id\": \"7\", \"published\": \"2016-05-08\", "
            "\"source_domain\": \"example.org\", \"text\": \"A man was killed.\"}\n"
            "not json\n");
  Result<std::vector<Incident>> incidents = ReadIncidents((dir / "incidents.jsonl.gz").string());
  ASSERT_TRUE(incidents.ok()) << incidents.status().ToString();
  ASSERT_EQ(incidents->size(), 2u);
  EXPECT_EQ((*incidents)[0].city, "Dayton");
  EXPECT_EQ((*incidents)[0].killed, 1);
  EXPECT_FALSE((*incidents)[0].injured.has_value());
  EXPECT_FALSE((*incidents)[1].killed.has_value());

  Result<std::vector<IncidentArticle>> articles =
      ReadIncidentArticles((dir / "articles.jsonl.gz").string());
  ASSERT_FALSE(articles.ok());
  EXPECT_EQ(articles.status().code(), ErrorCode::kParseError);
  EXPECT_NE(articles.status().message().find("articles.jsonl.gz:2"), std::string::npos);

  Result<std::vector<Incident>> missing = ReadIncidents((dir / "absent.jsonl.gz").string());
  EXPECT_EQ(missing.status().code(), ErrorCode::kIoError);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace tally

// The tally program as a user runs it: exit statuses, idempotent ingest, reports, extract.
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

namespace {

namespace fs = std::filesystem;

struct Outcome {
  int status = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("tally_cli_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  Outcome Tally(const std::string& args) {
    fs::path out = dir_ / "stdout";
    fs::path err = dir_ / "stderr";
    std::string command = std::string(TALLY_BINARY) + " " + args + " >" + out.string() +
                          " 2>" + err.string() + " </dev/null";
    int raw = std::system(command.c_str());
    Outcome run;
    run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    run.out = Slurp(out);
    run.err = Slurp(err);
    return run;
  }

  void Write(const std::string& name, const std::string& contents) {
    std::ofstream(dir_ / name, std::ios::binary) << contents;
  }

  fs::path dir_;
  const std::string examples_ = std::string(TALLY_SOURCE_DIR) + "/examples/kazakhstan-2022";
};

TEST_F(CliTest, PrintsVersionAndHelp) {
  Outcome version = Tally("--version");
  EXPECT_EQ(version.status, 0);
  EXPECT_NE(version.out.find("tally "), std::string::npos);
  Outcome help = Tally("ingest --help");
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("--db"), std::string::npos);
}

TEST_F(CliTest, UsageErrorsExitWithOne) {
  EXPECT_EQ(Tally("").status, 1);
  EXPECT_EQ(Tally("frobnicate").status, 1);
  EXPECT_EQ(Tally("report --format yaml").status, 1);
}

TEST_F(CliTest, IngestIsIdempotentAndReportShowsTheFactSheet) {
  std::string db = (dir_ / "t.db").string();
  Outcome first = Tally("ingest --db " + db + " " + examples_);
  ASSERT_EQ(first.status, 0) << first.err;
  EXPECT_NE(first.err.find("0 rejected"), std::string::npos) << first.err;
  Outcome second = Tally("ingest --db " + db + " " + examples_);
  ASSERT_EQ(second.status, 0) << second.err;
  EXPECT_NE(second.err.find("(0 new"), std::string::npos) << second.err;

  Outcome report = Tally("report --db " + db);
  ASSERT_EQ(report.status, 0) << report.err;
  for (const char* expected : {"killed", "detained", "deployed", "225", "7,939"}) {
    EXPECT_NE(report.out.find(expected), std::string::npos) << expected << "\n" << report.out;
  }
  Outcome json = Tally("report --format json --db " + db);
  ASSERT_EQ(json.status, 0) << json.err;
  EXPECT_EQ(json.out.rfind("{\"stories\":[", 0), 0u) << json.out.substr(0, 200);
  Outcome md = Tally("report --format md --policy consensus --db " + db);
  ASSERT_EQ(md.status, 0) << md.err;
  EXPECT_EQ(md.out.rfind("## ", 0), 0u) << md.out.substr(0, 200);
  EXPECT_NE(md.out.find("stated by the most documents"), std::string::npos);
}

// One article names the body that sent the troops, the other does not: the story gives both
// figures that body's subgroup, and the store still finds both claims.
TEST_F(CliTest, AStoryGivesTheOneNamedBodyToTroopFiguresThatNameNone) {
  Write("a.txt", "The CSTO sent 2,500 troops to the country on Friday.\n");
  Write("b.txt", "More than 2,000 soldiers were dispatched to the country.\n");
  std::string db = (dir_ / "t.db").string();
  Outcome ingest =
      Tally("ingest --db " + db + " " + (dir_ / "a.txt").string() + " " +
            (dir_ / "b.txt").string());
  ASSERT_EQ(ingest.status, 0) << ingest.err;
  Outcome report = Tally("report --no-evidence --db " + db);
  ASSERT_EQ(report.status, 0) << report.err;
  EXPECT_NE(report.out.find("deployed · CSTO forces"), std::string::npos) << report.out;
  EXPECT_EQ(report.out.find("deployed\n"), std::string::npos) << report.out;
}

TEST_F(CliTest, ReportWithoutStoreSaysWhatToDo) {
  Outcome report = Tally("report --db " + (dir_ / "missing.db").string());
  EXPECT_EQ(report.status, 1);
  EXPECT_NE(report.err.find("tally ingest"), std::string::npos) << report.err;
}

TEST_F(CliTest, BadRecordsAreRejectedAndTheRestGoesOn) {
  Write("batch.jsonl",
        "{\"url\": \"https://example.org/a\", \"text\": \"Police said 40 people were "
        "injured in Almaty on Monday.\", \"published\": \"2022-01-10\"}\n"
        "this is not json\n"
        "{\"url\": \"https://example.org/b\", \"text\": \"\"}\n");
  Outcome run = Tally("extract " + (dir_ / "batch.jsonl").string());
  EXPECT_EQ(run.status, 3) << run.err;
  EXPECT_NE(run.err.find("batch.jsonl:2"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("batch.jsonl:3"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("1 documents read, 2 rejected"), std::string::npos) << run.err;
  // One document out, one JSON line with the fields of the contract.
  ASSERT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 1) << run.out;
  for (const char* field :
       {"\"id\":", "\"path\":", "\"outlet\":null", "\"url\":\"https://example.org/a\"",
        "\"published\":{\"date\":\"2022-01-10\",\"inferred\":false}", "\"title\":null",
        "\"text\":", "\"claims\":[{\"measure\":\"injured\",\"value\":{\"lo\":40,\"hi\":40}",
        "\"approx\":\"exact\"", "\"place\":\"Almaty\"", "\"as_of\":\"2022-01-10\"",
        "\"source\":\"Police\"", "\"period\":{\"kind\":\"cumulative\"}", "\"evidence\":{",
        // Numbers and time expressions with their byte offsets into "text".
        "\"numbers\":[{\"start\":12,\"end\":14,\"text\":\"40\",\"value\":{\"lo\":40,\"hi\":40},"
        "\"written\":40,\"approx\":\"exact\",\"kind\":\"count\",\"unit\":\"people\"}]",
        "\"times\":[{\"start\":48,\"end\":54,\"text\":\"Monday\",\"type\":\"DATE\","
        "\"value\":\"2022-01-10\"}]"}) {
    EXPECT_NE(run.out.find(field), std::string::npos) << field << "\n" << run.out;
  }
}

TEST_F(CliTest, NothingReadableExitsWithOne) {
  Outcome run = Tally("extract " + (dir_ / "does-not-exist.txt").string());
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("does-not-exist.txt"), std::string::npos) << run.err;
}

TEST_F(CliTest, ExtractReadsStandardInput) {
  std::string command = "echo 'Officials said 12 people were killed.' | " +
                        std::string(TALLY_BINARY) + " extract - > " +
                        (dir_ / "out").string() + " 2>/dev/null";
  ASSERT_EQ(std::system(command.c_str()), 0);
  std::string out = Slurp(dir_ / "out");
  EXPECT_NE(out.find("\"measure\":\"killed\""), std::string::npos) << out;
}

TEST_F(CliTest, EvalQuantitiesScoresANewsQuantFile) {
  Write("gold.json",
        R"([{"text": "Prices rose 4% and 30 people were hurt in 2023.", "quantities": [)"
        R"({"value": "4", "normalized_unit": "percentage", "change": "up"},)"
        R"({"value": "30", "normalized_unit": "people", "change": "="}]}])");
  Outcome run = Tally("eval quantities --format json --gold " + (dir_ / "gold.json").string());
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("\"gold\":2,\"system\":2"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\"value_unit\":{\"correct\":2"), std::string::npos) << run.out;
  Write("bad.json", "{}");
  EXPECT_EQ(Tally("eval quantities --gold " + (dir_ / "bad.json").string()).status, 1);
}

}  // namespace

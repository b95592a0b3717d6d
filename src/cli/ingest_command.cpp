#include <cstdio>
#include <cstdlib>
#include <unistd.h>

#include "cli/batch_runner.h"
#include "cli/commands.h"
#include "tally/fact_sheet.h"
#include "tally/store.h"

namespace tally::cli {

std::string ResolveStorePath(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("TALLY_DB"); env != nullptr && *env != '\0') return env;
  return "tally.db";
}

namespace {

// Recomputes stories and their reconciliation over the whole store, in one transaction.
Status RederiveStore(Store& store) {
  if (Status s = store.Begin(); !s.ok()) return s;
  Result<std::vector<StoredDocument>> documents = store.LoadDocuments();
  if (!documents.ok()) {
    (void)store.Rollback();
    return documents.status();
  }
  std::vector<DerivedStory> derived = DeriveStories(*documents, ReconcileOptions{});
  if (Status s = store.ReplaceDerived(derived); !s.ok()) {
    (void)store.Rollback();
    return s;
  }
  return store.Commit();
}

}  // namespace

int RunIngest(const IngestArgs& args) {
  Result<std::unique_ptr<Store>> opened = OpenSqliteStore(args.db);
  if (!opened.ok()) {
    std::fprintf(stderr, "tally: cannot open store %s: %s\n", args.db.c_str(),
                 opened.status().ToString().c_str());
    return kExitFailure;
  }
  Store& store = **opened;
  std::uint64_t added = 0;
  BatchOptions options;
  options.progress = !args.quiet && isatty(STDERR_FILENO);
  // One transaction per chunk: a crash leaves the store as it was before that chunk.
  BatchSummary summary = RunBatches(
      args.paths, options,
      [&](std::vector<ProcessedDocument>& chunk, const std::vector<Reject>& rejects) -> Status {
        if (Status s = store.Begin(); !s.ok()) return s;
        for (const ProcessedDocument& document : chunk) {
          Result<bool> put = store.PutDocument(document);
          if (!put.ok()) {
            (void)store.Rollback();
            return put.status();
          }
          if (*put) ++added;
        }
        for (const Reject& reject : rejects) {
          if (Status s = store.PutReject(reject); !s.ok()) {
            (void)store.Rollback();
            return s;
          }
        }
        return store.Commit();
      });
  if (!summary.failure.ok()) {
    std::fprintf(stderr, "tally: store %s: %s (the batch in progress was not written)\n",
                 args.db.c_str(), summary.failure.ToString().c_str());
    return kExitFailure;
  }
  if (Status s = RederiveStore(store); !s.ok()) {
    std::fprintf(stderr, "tally: store %s: cannot update stories: %s\n", args.db.c_str(),
                 s.ToString().c_str());
    return kExitFailure;
  }
  if (!args.quiet) {
    std::fprintf(stderr,
                 "tally: %llu documents read (%llu new, %llu already stored), %llu rejected, "
                 "%llu claims; store %s\n",
                 static_cast<unsigned long long>(summary.documents),
                 static_cast<unsigned long long>(added),
                 static_cast<unsigned long long>(summary.documents - added),
                 static_cast<unsigned long long>(summary.rejected),
                 static_cast<unsigned long long>(summary.claims), args.db.c_str());
  }
  if (summary.documents == 0) return kExitFailure;
  return summary.rejected > 0 ? kExitSomeRejected : kExitOk;
}

}  // namespace tally::cli

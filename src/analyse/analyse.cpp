// The analyse stage as a whole (tally::Analyse) and the names of its enums.
#include "tally/analyse.h"

#include "analyse/doc_date.h"
#include "analyse/number_reader.h"
#include "analyse/timex.h"
#include "analyse/tokenizer.h"

namespace tally {

const char* ApproxName(Approx approx) {
  switch (approx) {
    case Approx::kExact: return "exact";
    case Approx::kAbout: return "about";
    case Approx::kNearly: return "nearly";
    case Approx::kAtLeast: return "at_least";
    case Approx::kMoreThan: return "more_than";
    case Approx::kAtMost: return "at_most";
    case Approx::kVague: return "vague";
    case Approx::kRange: return "range";
  }
  return "exact";
}

std::optional<Approx> TryParseApprox(std::string_view name) {
  for (Approx approx : {Approx::kExact, Approx::kAbout, Approx::kNearly, Approx::kAtLeast,
                        Approx::kMoreThan, Approx::kAtMost, Approx::kVague, Approx::kRange}) {
    if (name == ApproxName(approx)) return approx;
  }
  return std::nullopt;
}

const char* NumberKindName(NumberKind kind) {
  switch (kind) {
    case NumberKind::kCount: return "count";
    case NumberKind::kMoney: return "money";
    case NumberKind::kPercent: return "percent";
    case NumberKind::kOrdinal: return "ordinal";
    case NumberKind::kMeasure: return "measure";
    case NumberKind::kYear: return "year";
    case NumberKind::kDate: return "date";
    case NumberKind::kTime: return "time";
    case NumberKind::kIdentifier: return "identifier";
    case NumberKind::kOther: return "other";
  }
  return "other";
}

const char* TimexTypeName(TimexType type) {
  switch (type) {
    case TimexType::kDate: return "DATE";
    case TimexType::kTime: return "TIME";
    case TimexType::kDuration: return "DURATION";
    case TimexType::kSet: return "SET";
  }
  return "DATE";
}

Analysis Analyse(std::string_view text, const AnalyseOptions& options) {
  internal::TokenizedText tokens(text);
  Analysis analysis;
  analysis.anchor = options.published;
  if (!analysis.anchor) {
    analysis.anchor = internal::InferDocumentDateIn(tokens, options.year_hint,
                                                    internal::CurrentYear());
  }
  analysis.sentences = SplitSentences(text);
  analysis.numbers = internal::ReadNumbersIn(tokens);
  analysis.times = internal::TagTimesIn(tokens, analysis.anchor);
  return analysis;
}

}  // namespace tally

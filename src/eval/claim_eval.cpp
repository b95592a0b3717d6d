#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <fmt/format.h>

#include "common/json_writer.h"
#include "common/text.h"
#include "eval/scores.h"
#include "tally/entities.h"
#include "tally/eval.h"

namespace tally {
namespace {

// The figure a claim states: a written value, or the bounds of a vague amount.
struct FigureKey {
  std::string doc;
  std::string measure;
  long long lo = 0;
  long long hi = 0;
  friend auto operator<=>(const FigureKey&, const FigureKey&) = default;
};

long long Round(double v) { return std::isfinite(v) ? std::llround(v) : -1; }

FigureKey KeyOf(const GoldClaim& g) {
  return {g.doc, g.measure, Round(g.value), Round(g.vague ? g.hi : g.value)};
}

FigureKey KeyOf(const SystemClaim& s) {
  const Claim& c = s.claim;
  if (c.approx == Approx::kVague) return {s.doc, c.measure, Round(c.lo), Round(c.hi)};
  return {s.doc, c.measure, Round(c.value), Round(c.value)};
}

// Lower-case content words (longer than three letters, possessives dropped), for loose
// comparison of sources and subgroups written differently ("the country's health ministry"
// and "Kazakhstan's health ministry").
std::set<std::string> ContentWords(const std::string& s) {
  static const std::set<std::string> kStop = {"the", "and", "with", "from", "that", "this",
                                              "their", "they", "them", "were", "been", "have"};
  std::set<std::string> words;
  std::string word;
  auto flush = [&] {
    if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) word.resize(word.size() - 2);
    if (word.size() > 3 && !kStop.count(word)) words.insert(word);
    word.clear();
  };
  for (char c : internal::AsciiLower(s)) {
    if (internal::IsAsciiAlpha(c) || c == '\'') {
      word.push_back(c);
    } else {
      flush();
    }
  }
  flush();
  return words;
}

bool Overlap(const std::string& a, const std::string& b) {
  std::set<std::string> wa = ContentWords(a);
  for (const std::string& w : ContentWords(b)) {
    if (wa.count(w)) return true;
  }
  return false;
}

bool IsIsoDate(const std::string& s) { return Date::TryParseIso(s).has_value() && s.size() == 10; }

std::string Describe(double lo, double hi, bool vague) {
  if (vague) return fmt::format("[{}, {}]", Round(lo), Round(hi));
  return fmt::format("{}", Round(lo));
}

struct FieldChecks {
  bool as_of_scored = false, as_of_right = false;
  bool place_right = false, subgroup_right = false, source_right = false, approx_right = false;
  int Right() const {
    return (as_of_right ? 1 : 0) + place_right + subgroup_right + source_right + approx_right;
  }
};

FieldChecks Check(const GoldClaim& g, const SystemClaim& s) {
  const Claim& c = s.claim;
  FieldChecks f;
  if (!g.as_of) {
    f.as_of_scored = true;
    f.as_of_right = !c.as_of.has_value();
  } else if (IsIsoDate(*g.as_of)) {
    f.as_of_scored = true;
    f.as_of_right = c.as_of && c.as_of->ToIso() == *g.as_of;
  }
  f.place_right = g.location.has_value() == c.place.has_value() &&
                  (!g.location || internal::EqualsIgnoreCase(*g.location, *c.place));
  f.subgroup_right = g.subgroup.has_value() == c.subgroup.has_value() &&
                     (!g.subgroup || CanonicalSubgroup(*g.subgroup) == *c.subgroup ||
                      Overlap(*g.subgroup, *c.subgroup));
  f.source_right = g.source.has_value() == c.source.has_value() &&
                   (!g.source || Overlap(*g.source, *c.source) ||
                    CanonicalSource(*g.source) == CanonicalSource(*c.source));
  f.approx_right = g.approx == ApproxName(c.approx);
  return f;
}

void Score(FieldScore& score, bool right) {
  ++score.scored;
  if (right) ++score.right;
}

}  // namespace

std::vector<SystemClaim> SystemClaimsOf(const ProcessedDocument& document) {
  std::string doc(internal::BaseName(document.document.path));
  const std::string& text = document.document.text;
  std::vector<SystemClaim> claims;
  for (const Claim& claim : document.claims) {
    std::string evidence;
    if (claim.evidence.begin <= claim.evidence.end && claim.evidence.end <= text.size()) {
      evidence = text.substr(claim.evidence.begin, claim.evidence.end - claim.evidence.begin);
    }
    claims.push_back(SystemClaim{doc, claim, std::move(evidence)});
  }
  return claims;
}

ClaimEvalReport EvaluateClaims(const std::vector<GoldClaim>& gold,
                               const std::vector<SystemClaim>& system) {
  ClaimEvalReport report;
  std::set<std::string> gold_docs;
  std::map<FigureKey, std::vector<const GoldClaim*>> gold_keys;
  for (const GoldClaim& g : gold) {
    gold_docs.insert(g.doc);
    gold_keys[KeyOf(g)].push_back(&g);
  }
  std::map<FigureKey, std::vector<const SystemClaim*>> system_keys;
  for (const SystemClaim& s : system) {
    if (gold_docs.count(s.doc)) system_keys[KeyOf(s)].push_back(&s);
  }
  report.gold = gold_keys.size();
  report.system = system_keys.size();
  for (const auto& [key, lines] : gold_keys) {
    auto found = system_keys.find(key);
    if (found == system_keys.end()) {
      for (const GoldClaim* g : lines) {
        report.missed.push_back(fmt::format("{} {} {} {} \"{}\"", g->doc, g->measure,
                                            Describe(g->value, g->hi, g->vague), g->approx,
                                            g->evidence));
      }
      continue;
    }
    ++report.matched;
    // Each gold line is scored against the system claim that agrees with it best.
    for (const GoldClaim* g : lines) {
      const SystemClaim* best = nullptr;
      FieldChecks best_checks;
      for (const SystemClaim* s : found->second) {
        FieldChecks checks = Check(*g, *s);
        if (best == nullptr || checks.Right() > best_checks.Right()) {
          best = s;
          best_checks = checks;
        }
      }
      const Claim& c = best->claim;
      if (best_checks.as_of_scored) Score(report.as_of, best_checks.as_of_right);
      Score(report.place, best_checks.place_right);
      Score(report.subgroup, best_checks.subgroup_right);
      Score(report.source, best_checks.source_right);
      Score(report.approx, best_checks.approx_right);
      std::string where = fmt::format("{} {} {}", g->doc, g->measure,
                                      Describe(g->value, g->hi, g->vague));
      auto wrong = [&](const char* field, const std::string& want, const std::string& got) {
        report.wrong.push_back(fmt::format("{} {}: gold {} / tally {}", where, field, want, got));
      };
      auto text = [](const std::optional<std::string>& v) { return v ? *v : std::string("-"); };
      if (best_checks.as_of_scored && !best_checks.as_of_right) {
        wrong("as_of", text(g->as_of), c.as_of ? c.as_of->ToIso() : "-");
      }
      if (!best_checks.place_right) wrong("place", text(g->location), text(c.place));
      if (!best_checks.subgroup_right) wrong("subgroup", text(g->subgroup), text(c.subgroup));
      if (!best_checks.source_right) wrong("source", text(g->source), text(c.source));
      if (!best_checks.approx_right) wrong("approx", g->approx, ApproxName(c.approx));
    }
  }
  for (const auto& [key, claims] : system_keys) {
    if (gold_keys.count(key)) continue;
    const SystemClaim* s = claims.front();
    report.spurious.push_back(fmt::format(
        "{} {} {} {} \"{}\"", s->doc, s->claim.measure,
        Describe(s->claim.approx == Approx::kVague ? s->claim.lo : s->claim.value, s->claim.hi,
                 s->claim.approx == Approx::kVague),
        ApproxName(s->claim.approx), s->evidence_text.substr(0, 120)));
  }
  report.precision = internal::Ratio(report.matched, report.system);
  report.recall = internal::Ratio(report.matched, report.gold);
  report.f1 = internal::F1(report.precision, report.recall);
  return report;
}

std::string FormatClaimEval(const ClaimEvalReport& r, bool details) {
  std::string out = fmt::format(
      "figures: gold {}, tally {}, matched {}\n"
      "precision {:.3f}  recall {:.3f}  F1 {:.3f}\n"
      "on matched figures: as_of {}/{} {:.3f}  place {}/{} {:.3f}  subgroup {}/{} {:.3f}  "
      "source {}/{} {:.3f}  approx {}/{} {:.3f}\n",
      r.gold, r.system, r.matched, r.precision, r.recall, r.f1, r.as_of.right, r.as_of.scored,
      r.as_of.rate(), r.place.right, r.place.scored, r.place.rate(), r.subgroup.right,
      r.subgroup.scored, r.subgroup.rate(), r.source.right, r.source.scored, r.source.rate(),
      r.approx.right, r.approx.scored, r.approx.rate());
  if (details) {
    for (const std::string& line : r.missed) out += "missed   " + line + "\n";
    for (const std::string& line : r.spurious) out += "spurious " + line + "\n";
    for (const std::string& line : r.wrong) out += "wrong    " + line + "\n";
  }
  return out;
}

std::string ClaimEvalJson(const ClaimEvalReport& r) {
  internal::JsonWriter w;
  w.BeginObject();
  w.Key("gold").Int(static_cast<long long>(r.gold));
  w.Key("system").Int(static_cast<long long>(r.system));
  w.Key("matched").Int(static_cast<long long>(r.matched));
  w.Key("precision").Number(r.precision);
  w.Key("recall").Number(r.recall);
  w.Key("f1").Number(r.f1);
  w.Key("fields").BeginObject();
  for (const auto& [name, score] : {std::pair<const char*, const FieldScore*>{"as_of", &r.as_of},
                                    {"place", &r.place},
                                    {"subgroup", &r.subgroup},
                                    {"source", &r.source},
                                    {"approx", &r.approx}}) {
    w.Key(name).BeginObject().Key("right").Int(static_cast<long long>(score->right))
        .Key("scored").Int(static_cast<long long>(score->scored))
        .Key("rate").Number(score->rate()).EndObject();
  }
  w.EndObject();
  for (const auto& [name, lines] :
       {std::pair<const char*, const std::vector<std::string>*>{"missed", &r.missed},
        {"spurious", &r.spurious},
        {"wrong", &r.wrong}}) {
    w.Key(name).BeginArray();
    for (const std::string& line : *lines) w.String(line);
    w.EndArray();
  }
  w.EndObject();
  return w.Take();
}

}  // namespace tally

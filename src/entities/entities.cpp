#include "tally/entities.h"

#include <algorithm>

#include "common/text.h"
#include "entities/entity_lexicon.h"

namespace tally {

using internal::entities::EntityLexicon;

namespace {

struct Word {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;  // without a possessive "'s"
  bool capitalised = false;
  bool all_capitals = false;
};

bool IsNameByte(unsigned char c) {
  return internal::IsAsciiAlpha(static_cast<char>(c)) ||
         internal::IsAsciiDigit(static_cast<char>(c)) || c == '-' || c == '\'' || c >= 0x80;
}

// Words of text: runs of letters, digits, hyphens and apostrophes. Punctuation between two
// words (other than white space) marks a break that names do not cross.
std::vector<Word> Words(std::string_view text, std::vector<bool>& break_before) {
  std::vector<Word> words;
  bool pending_break = false;
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    // Typographic quotes and dashes (E2 80 xx) are punctuation, not letters.
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      pending_break = true;
      i += 3;
      continue;
    }
    if (!IsNameByte(c)) {
      if (!internal::IsAsciiSpace(static_cast<char>(c))) pending_break = true;
      ++i;
      continue;
    }
    std::size_t start = i++;  // the first byte is a name byte; a lone E2 lead byte too
    while (i < text.size() && IsNameByte(static_cast<unsigned char>(text[i])) &&
           static_cast<unsigned char>(text[i]) != 0xE2) {
      ++i;
    }
    Word w;
    w.begin = static_cast<std::uint32_t>(start);
    w.end = static_cast<std::uint32_t>(i);
    std::string_view s = text.substr(start, i - start);
    if (s.size() > 2 && (s.substr(s.size() - 2) == "'s")) w.end -= 2;
    w.capitalised = text[start] >= 'A' && text[start] <= 'Z';
    w.all_capitals = internal::IsAsciiAlpha(text[start]);
    for (std::uint32_t k = w.begin; k < w.end; ++k) {
      if (text[k] >= 'a' && text[k] <= 'z') w.all_capitals = false;
    }
    words.push_back(w);
    break_before.push_back(pending_break);
    pending_break = false;
  }
  return words;
}

}  // namespace

const char* EntityKindName(EntityKind kind) {
  return kind == EntityKind::kPerson ? "person" : "organisation";
}

std::string TransliterationKey(std::string_view name) {
  return EntityLexicon::Default().Key(name);
}

std::vector<EntityMention> FindEntities(std::string_view text) {
  const EntityLexicon& lexicon = EntityLexicon::Default();
  std::vector<bool> break_before;
  std::vector<Word> words = Words(text, break_before);
  std::vector<EntityMention> mentions;
  for (std::size_t i = 0; i < words.size();) {
    if (!words[i].capitalised) {
      ++i;
      continue;
    }
    std::size_t matched = 0;
    int entity = -1;
    std::size_t longest = std::min(lexicon.longest_alias_words(), words.size() - i);
    for (std::size_t n = longest; n >= 1 && entity < 0; --n) {
      bool crosses_break = false;
      bool capitals = true;
      for (std::size_t k = i; k < i + n; ++k) {
        if (k > i && break_before[k]) crosses_break = true;
        capitals = capitals && words[k].all_capitals;
      }
      if (crosses_break) continue;
      std::string joined;
      for (std::size_t k = i; k < i + n; ++k) {
        joined.append(text.substr(words[k].begin, words[k].end - words[k].begin));
      }
      entity = lexicon.FindByKey(lexicon.Key(joined), capitals);
      if (entity >= 0) matched = n;
    }
    if (entity < 0) {
      ++i;
      continue;
    }
    const auto& e = lexicon.entities()[static_cast<std::size_t>(entity)];
    mentions.push_back(
        {Span{words[i].begin, words[i + matched - 1].end}, e.canonical, e.kind, e.short_name});
    i += matched;
  }
  return mentions;
}

std::string CanonicalSource(std::string_view source) {
  const EntityLexicon& lexicon = EntityLexicon::Default();
  std::string trimmed(internal::Trim(source));
  // Organisations: the whole phrase, then without up to two leading words that place it
  // ("Kazakhstan's interior ministry", "the country's health ministry", "the Kazakh interior
  // ministry").
  std::string lower = internal::AsciiLower(trimmed);
  for (std::string_view article : {"the ", "a ", "an "}) {
    if (lower.compare(0, article.size(), article) == 0) {
      lower.erase(0, article.size());
      break;
    }
  }
  std::string rest = lower;
  for (int dropped = 0; dropped <= 2 && !rest.empty(); ++dropped) {
    int organisation = lexicon.FindOrganisationPhrase(rest);
    if (organisation >= 0) {
      return lexicon.entities()[static_cast<std::size_t>(organisation)].canonical;
    }
    std::size_t space = rest.find(' ');
    if (space == std::string::npos) break;
    rest.erase(0, space + 1);
  }
  // People and named bodies inside the phrase ("President Qasym-Zhomart Toqaev").
  std::vector<EntityMention> mentions = FindEntities(trimmed);
  if (mentions.size() == 1) return mentions.front().canonical;
  return trimmed;
}

}  // namespace tally

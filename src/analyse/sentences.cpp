// Sentence splitting (tally::SplitSentences): ICU's sentence rules (UAX #29) inside each line,
// because scraped text keeps one paragraph, caption or headline per line and those rarely end
// in punctuation.
#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include "common/data_files.h"
#include "tally/analyse.h"

namespace tally {
namespace {

// "ss=standard" turns on ICU's sentence-break suppressions for English, so that
// abbreviations such as "Mr." and "U.S." do not end a sentence (CLDR segmentation exceptions).
constexpr char kLocale[] = "en@ss=standard";

// ICU offsets are 32-bit: longer lines are cut into pieces of this size, each split alone.
constexpr std::size_t kMaxPiece = std::size_t{1} << 30;

// One break iterator per thread: creating one costs far more than splitting a news article,
// and an iterator must not be shared between threads.
icu::BreakIterator* ThreadBreakIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator;
  thread_local bool tried = false;
  if (!tried) {
    tried = true;
    UErrorCode status = U_ZERO_ERROR;
    iterator.reset(icu::BreakIterator::createSentenceInstance(icu::Locale(kLocale), status));
    if (U_FAILURE(status)) {
      iterator.reset();
      return nullptr;
    }
    // Titles ICU's list lacks ("Dr.", "Gov."), from data/analyse/abbreviations.tsv.
    std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
        icu::FilteredBreakIteratorBuilder::createEmptyInstance(status));
    if (U_FAILURE(status)) return iterator.get();
    for (const internal::DataRow& row : internal::DataRows("analyse/abbreviations.tsv")) {
      builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(row.fields[0]), status);
    }
    std::unique_ptr<icu::BreakIterator> plain(iterator->clone());
    if (U_FAILURE(status) || plain == nullptr) return iterator.get();
    icu::BreakIterator* filtered = builder->wrapIteratorWithFilter(plain.release(), status);
    if (U_SUCCESS(status) && filtered != nullptr) iterator.reset(filtered);
  }
  return iterator.get();
}

bool IsSpaceByte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Length of the Unicode white space (no-break and other spaces of U+00A0, U+2000-U+200A,
// U+202F, U+205F, U+3000) that ends at / starts at s's edge, in bytes; 0 if none.
std::size_t WideSpaceAt(std::string_view s, bool at_end) {
  static constexpr std::string_view kSpaces[] = {
      "\xC2\xA0", "\xE2\x80\x80", "\xE2\x80\x81", "\xE2\x80\x82", "\xE2\x80\x83",
      "\xE2\x80\x84", "\xE2\x80\x85", "\xE2\x80\x86", "\xE2\x80\x87", "\xE2\x80\x88",
      "\xE2\x80\x89", "\xE2\x80\x8A", "\xE2\x80\xAF", "\xE2\x81\x9F", "\xE3\x80\x80"};
  for (std::string_view space : kSpaces) {
    if (at_end ? s.ends_with(space) : s.starts_with(space)) return space.size();
  }
  return 0;
}

// Adds [begin, end) of text, trimmed of white space, unless it is empty.
void AddTrimmed(std::string_view text, std::size_t begin, std::size_t end,
                std::vector<Sentence>& out) {
  while (begin < end) {
    std::string_view rest = text.substr(begin, end - begin);
    std::size_t n = IsSpaceByte(rest.front()) ? 1 : WideSpaceAt(rest, false);
    if (n == 0) break;
    begin += n;
  }
  while (begin < end) {
    std::string_view rest = text.substr(begin, end - begin);
    std::size_t n = IsSpaceByte(rest.back()) ? 1 : WideSpaceAt(rest, true);
    if (n == 0) break;
    end -= n;
  }
  if (begin < end) {
    out.push_back(Sentence{{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)}});
  }
}

void SplitPiece(std::string_view text, std::size_t begin, std::size_t end,
                icu::BreakIterator* iterator, std::vector<Sentence>& out) {
  if (iterator == nullptr) {
    AddTrimmed(text, begin, end, out);
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data() + begin,
                                static_cast<int64_t>(end - begin), &status);
  if (U_FAILURE(status)) {
    utext_close(utext);
    AddTrimmed(text, begin, end, out);
    return;
  }
  iterator->setText(utext, status);
  if (U_FAILURE(status)) {
    utext_close(utext);
    AddTrimmed(text, begin, end, out);
    return;
  }
  // UTF-8 UText reports native indexes, i.e. byte offsets into the piece; invalid bytes are
  // read as U+FFFD and keep their offsets.
  std::size_t previous = begin;
  for (int32_t boundary = iterator->next(); boundary != icu::BreakIterator::DONE;
       boundary = iterator->next()) {
    std::size_t offset = begin + static_cast<std::size_t>(boundary);
    AddTrimmed(text, previous, offset, out);
    previous = offset;
  }
  AddTrimmed(text, previous, end, out);
  // Detach the iterator from the text before the text goes away.
  iterator->setText(icu::UnicodeString());
  utext_close(utext);
}

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text) {
  if (text.size() > std::numeric_limits<std::uint32_t>::max()) {
    text = text.substr(0, std::numeric_limits<std::uint32_t>::max());
  }
  std::vector<Sentence> sentences;
  icu::BreakIterator* iterator = ThreadBreakIterator();
  std::size_t line_begin = 0;
  while (line_begin < text.size()) {
    std::size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = text.size();
    for (std::size_t piece = line_begin; piece < line_end; piece += kMaxPiece) {
      std::size_t piece_end = std::min(line_end, piece + kMaxPiece);
      // A line of white space only has nothing to split.
      bool blank = true;
      for (std::size_t k = piece; k < piece_end && blank; ++k) blank = IsSpaceByte(text[k]);
      if (!blank) SplitPiece(text, piece, piece_end, iterator, sentences);
    }
    line_begin = line_end + 1;
  }
  return sentences;
}

}  // namespace tally

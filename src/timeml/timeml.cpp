#include "tally/timeml.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "timeml/xml_scanner.h"

namespace tally {
namespace {

using internal::XmlPiece;

// Link elements refer to the events and times of the annotated text; they are dropped with
// the annotations (TimeML 1.2.1: MAKEINSTANCE, TLINK, SLINK, ALINK).
bool IsLinkElement(std::string_view name) {
  return name == "MAKEINSTANCE" || name == "TLINK" || name == "SLINK" || name == "ALINK";
}

Status ErrorIn(std::string_view source, const Status& status) {
  std::string message(source);
  message += ": ";
  message += status.message();
  return Status::Error(status.code(), std::move(message));
}

Status ErrorAt(std::string_view source, std::size_t offset, std::string_view what) {
  std::string message(source);
  message += ": byte " + std::to_string(offset) + ": ";
  message += what;
  return Status::Error(ErrorCode::kParseError, std::move(message));
}

void AppendEscaped(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
}

}  // namespace

Result<TimeMLDocument> ReadTimeML(std::string_view bytes, std::string_view source) {
  enum class Part { kHead, kText, kTail };
  TimeMLDocument doc;
  Part part = Part::kHead;
  std::vector<std::pair<std::string_view, std::size_t>> open;  // element name, its offset
  struct OpenTimex {
    std::size_t text_begin;
    XmlPiece tag;
  };
  std::vector<OpenTimex> open_timexes;
  bool in_link_line = false;
  internal::XmlScanner scanner(bytes);
  while (!scanner.Done()) {
    Result<XmlPiece> next = scanner.Next();
    if (!next.ok()) return ErrorIn(source, next.status());
    const XmlPiece& piece = *next;
    std::string_view raw = bytes.substr(piece.begin, piece.end - piece.begin);
    bool is_text = piece.kind == XmlPiece::Kind::kText;
    if (piece.kind == XmlPiece::Kind::kStartTag) open.emplace_back(piece.name, piece.begin);
    if (piece.kind == XmlPiece::Kind::kEndTag) {
      if (open.empty() || open.back().first != piece.name) {
        return ErrorAt(source, piece.begin,
                       "</" + std::string(piece.name) + "> does not close the open element");
      }
      open.pop_back();
    }
    bool timex = piece.name == "TIMEX3";
    if (part == Part::kHead) {
      if (timex && piece.kind != XmlPiece::Kind::kEndTag &&
          piece.Attribute("functionInDocument") == "CREATION_TIME") {
        std::string_view value = piece.Attribute("value");
        doc.creation_time = Date::TryParseIso(value.substr(0, 10));
      }
      doc.head += raw;
      if (piece.kind == XmlPiece::Kind::kStartTag && piece.name == "TEXT") part = Part::kText;
      continue;
    }
    if (part == Part::kText) {
      if (is_text) {
        doc.text += raw;
      } else if (piece.kind == XmlPiece::Kind::kEndTag && piece.name == "TEXT") {
        if (!open_timexes.empty()) {
          return ErrorAt(source, open_timexes.back().tag.begin, "TIMEX3 not closed");
        }
        part = Part::kTail;
        doc.tail += raw;
      } else if (timex && piece.kind == XmlPiece::Kind::kStartTag) {
        open_timexes.push_back({doc.text.size(), piece});
      } else if (timex && piece.kind == XmlPiece::Kind::kEndTag && !open_timexes.empty()) {
        const XmlPiece& tag = open_timexes.back().tag;
        TimexAnnotation annotation;
        annotation.span = {static_cast<std::uint32_t>(open_timexes.back().text_begin),
                           static_cast<std::uint32_t>(doc.text.size())};
        annotation.tid = tag.Attribute("tid");
        annotation.type = tag.Attribute("type");
        annotation.value = tag.Attribute("value");
        doc.timexes.push_back(std::move(annotation));
        open_timexes.pop_back();
      }
      // Every other tag of the text (EVENT, SIGNAL, ...) is dropped with its attributes.
      continue;
    }
    // The tail: link elements are dropped with the line break after them.
    if (piece.kind != XmlPiece::Kind::kText && IsLinkElement(piece.name)) {
      in_link_line = true;
      continue;
    }
    if (in_link_line && is_text && !raw.empty() && raw.front() == '\n') raw.remove_prefix(1);
    in_link_line = false;
    doc.tail += raw;
  }
  if (part == Part::kHead) return ErrorAt(source, bytes.size(), "no <TEXT> element");
  if (part == Part::kText) return ErrorAt(source, bytes.size(), "<TEXT> is not closed");
  if (!open.empty()) {
    return ErrorAt(source, open.back().second,
                   "<" + std::string(open.back().first) + "> is not closed");
  }
  // Annotations end in text order; nested ones (not TimeML) would come out of order.
  std::stable_sort(doc.timexes.begin(), doc.timexes.end(),
                   [](const TimexAnnotation& a, const TimexAnnotation& b) {
                     return a.span.begin < b.span.begin;
                   });
  return doc;
}

TimeMLDocument TimeMLFromPlainText(std::string_view text, Date creation_time) {
  TimeMLDocument doc;
  std::string day = creation_time.ToIso();
  doc.head = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" +
             day + "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">" + day +
             "</TIMEX3></DCT>\n<TEXT>";
  AppendEscaped(doc.text, text);
  doc.tail = "</TEXT>\n</TimeML>\n";
  doc.creation_time = creation_time;
  return doc;
}

UnescapedText Unescape(std::string_view escaped) {
  static constexpr std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  UnescapedText out;
  out.text.reserve(escaped.size());
  out.raw_offset.reserve(escaped.size() + 1);
  std::size_t i = 0;
  while (i < escaped.size()) {
    out.raw_offset.push_back(static_cast<std::uint32_t>(i));
    if (escaped[i] == '&') {
      auto entity = std::find_if(std::begin(kEntities), std::end(kEntities), [&](const auto& e) {
        return escaped.substr(i, e.first.size()) == e.first;
      });
      if (entity != std::end(kEntities)) {
        out.text += entity->second;
        i += entity->first.size();
        continue;
      }
    }
    out.text += escaped[i++];
  }
  out.raw_offset.push_back(static_cast<std::uint32_t>(escaped.size()));
  return out;
}

std::vector<TimeMention> TagTimesOf(const TimeMLDocument& document) {
  UnescapedText plain = Unescape(document.text);
  std::vector<TimeMention> mentions = TagTimes(plain.text, document.creation_time);
  for (TimeMention& mention : mentions) mention.span = plain.ToRaw(mention.span);
  return mentions;
}

std::vector<TimexAnnotation> TimexAnnotationsOf(const std::vector<TimeMention>& mentions) {
  std::vector<TimexAnnotation> out;
  out.reserve(mentions.size());
  for (const TimeMention& mention : mentions) {
    TimexAnnotation annotation;
    annotation.span = mention.span;
    annotation.tid = fmt::format("t{}", out.size() + 1);
    annotation.type = TimexTypeName(mention.type);
    annotation.value = mention.value;
    out.push_back(std::move(annotation));
  }
  return out;
}

std::string WriteTimeML(const TimeMLDocument& document,
                        const std::vector<TimexAnnotation>& timexes) {
  std::string out = document.head;
  std::size_t pos = 0;
  for (const TimexAnnotation& timex : timexes) {
    if (timex.span.begin < pos || timex.span.end > document.text.size() ||
        timex.span.end <= timex.span.begin) {
      continue;
    }
    out.append(document.text, pos, timex.span.begin - pos);
    out += "<TIMEX3 tid=\"";
    AppendEscaped(out, timex.tid);
    out += "\" type=\"";
    AppendEscaped(out, timex.type);
    out += "\" value=\"";
    AppendEscaped(out, timex.value);
    out += "\">";
    out.append(document.text, timex.span.begin, timex.span.size());
    out += "</TIMEX3>";
    pos = timex.span.end;
  }
  out.append(document.text, pos);
  out += document.tail;
  return out;
}

}  // namespace tally

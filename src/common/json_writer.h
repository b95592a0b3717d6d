// A streaming JSON writer for tally's outputs (extract, report). It writes compact JSON, escapes
// strings per RFC 8259 and replaces invalid UTF-8 with U+FFFD. Misuse (a value where a key is
// due, unbalanced End calls) is a programmer error caught by assertions.
#ifndef TALLY_COMMON_JSON_WRITER_H_
#define TALLY_COMMON_JSON_WRITER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tally::internal {

class JsonWriter {
 public:
  JsonWriter() = default;

  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  JsonWriter& Key(std::string_view key);

  JsonWriter& String(std::string_view value);
  // Integers print without a fraction; other finite doubles with up to 17 significant digits;
  // non-finite values as null.
  JsonWriter& Number(double value);
  JsonWriter& Int(long long value);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  // String when set, null otherwise.
  JsonWriter& OptionalString(const std::optional<std::string>& value);

  // The text written so far. Complete once every Begin has its End.
  const std::string& str() const { return out_; }
  std::string Take() { return std::move(out_); }

 private:
  void BeforeValue();

  std::string out_;
  // One entry per open container: true when it already holds an element.
  std::vector<bool> has_element_;
  bool after_key_ = false;
};

// s as a JSON string literal, quotes included.
std::string JsonQuote(std::string_view s);

}  // namespace tally::internal

#endif  // TALLY_COMMON_JSON_WRITER_H_

// A stand-in for libFuzzer where there is none (GCC): runs LLVMFuzzerTestOneInput over every
// file of a seed directory, then over random and mutated inputs until a time or run budget is
// spent. Deterministic for a given --seed, so a failure reproduces.
//   <target>_fuzz_driver SEED_DIR [--seconds=N] [--max-runs=N] [--seed=N]
// A crash aborts the process (the sanitizers report it); the input being run is then written,
// hex-escaped, to stderr so it can be added to the seed directory as a regression case.
#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>

// The header is there whenever GCC is; the runtime only when built with a sanitizer.
#if defined(__SANITIZE_ADDRESS__) && defined(__has_include)
#if __has_include(<sanitizer/common_interface_defs.h>)
#include <sanitizer/common_interface_defs.h>
#define TALLY_HAVE_SANITIZER_CALLBACK 1
#endif
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

// The input being run, for the crash report (signal handlers may only touch plain globals).
const std::uint8_t* g_current = nullptr;
std::size_t g_current_size = 0;

void ReportCurrentInput() {
  static const char kHex[] = "0123456789abcdef";
  const char header[] = "\nfuzz_driver: crashing input (hex):\n";
  (void)!write(2, header, sizeof header - 1);
  for (std::size_t k = 0; k < g_current_size; ++k) {
    char pair[2] = {kHex[g_current[k] >> 4], kHex[g_current[k] & 15]};
    (void)!write(2, pair, 2);
  }
  (void)!write(2, "\n", 1);
}

void OnSignal(int signal_number) {
  ReportCurrentInput();
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

void Run(const std::string& input) {
  g_current = reinterpret_cast<const std::uint8_t*>(input.data());
  g_current_size = input.size();
  LLVMFuzzerTestOneInput(g_current, g_current_size);
}

// Fragments that steer random inputs towards the readers' grammar.
constexpr std::string_view kDictionary[] = {
    " ",        "\n",          "0",         "7",           "12",         "2022",
    "1,000",    ",",           ".",         "-",           ":",          "/",
    "+",        "=",           "%",         "$",           "\xE2\x82\xAC", "\xC2\xA0",
    "\xE2\x80\x93", "\xFF",    "\xC3",      "million",     "bn",         "m",
    "k",        "more than ",  "at least ", "nearly ",     "between ",   " and ",
    " to ",     "about ",      "dozens",    "tens of ",    "thousands",  "hundred",
    "twenty-",  "five",        "a dozen",   "half a ",     "one",        "third",
    "th",       "s",           "'s",        " people",     " tenge",     " per cent",
    "January ", "Jan. ",       "Monday",    "last ",       "next ",      "week",
    "ago",      " years",      " days",     "the past ",   "24 hours",   "a.m.",
    "pm",       "o'clock",     "since ",    "in ",         "on ",        "tonight",
    "(",        ")",           "COVID-19",  "10:30",       "0:03:20",    "2022-01-10",
};

std::string Mutate(std::string input, std::mt19937_64& rng) {
  auto pick = [&](std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(rng() % n); };
  int edits = 1 + static_cast<int>(pick(8));
  for (int e = 0; e < edits; ++e) {
    switch (pick(5)) {
      case 0:  // insert a dictionary fragment
        input.insert(pick(input.size() + 1),
                     kDictionary[pick(std::size(kDictionary))]);
        break;
      case 1:  // flip a byte
        if (!input.empty()) input[pick(input.size())] = static_cast<char>(rng());
        break;
      case 2:  // erase a run
        if (!input.empty()) {
          std::size_t at = pick(input.size());
          input.erase(at, 1 + pick(std::min<std::size_t>(16, input.size() - at)));
        }
        break;
      case 3:  // duplicate a run
        if (!input.empty()) {
          std::size_t at = pick(input.size());
          input.insert(pick(input.size() + 1),
                       input.substr(at, 1 + pick(std::min<std::size_t>(32, input.size() - at))));
        }
        break;
      default:  // random byte
        input.insert(input.begin() + static_cast<std::ptrdiff_t>(pick(input.size() + 1)),
                     static_cast<char>(rng()));
        break;
    }
  }
  if (input.size() > 4096) input.resize(4096);
  return input;
}

std::string RandomInput(std::mt19937_64& rng) {
  std::string input;
  std::size_t fragments = rng() % 24;
  for (std::size_t k = 0; k < fragments; ++k) {
    if (rng() % 4 == 0) {
      input += static_cast<char>(rng());
    } else {
      input += kDictionary[rng() % std::size(kDictionary)];
    }
  }
  return input;
}

bool ParseFlag(std::string_view arg, std::string_view name, std::uint64_t* value) {
  if (arg.substr(0, name.size()) != name) return false;
  *value = std::strtoull(std::string(arg.substr(name.size())).c_str(), nullptr, 10);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s SEED_DIR [--seconds=N] [--max-runs=N] [--seed=N]\n",
                 argv[0]);
    return 2;
  }
  std::uint64_t seconds = 2, max_runs = 20000, seed = 1;
  for (int a = 2; a < argc; ++a) {
    std::string_view arg = argv[a];
    if (!ParseFlag(arg, "--seconds=", &seconds) && !ParseFlag(arg, "--max-runs=", &max_runs) &&
        !ParseFlag(arg, "--seed=", &seed)) {
      std::fprintf(stderr, "unknown argument: %s\n", argv[a]);
      return 2;
    }
  }
#ifdef TALLY_HAVE_SANITIZER_CALLBACK
  __sanitizer_set_death_callback(ReportCurrentInput);
#endif
  std::signal(SIGABRT, OnSignal);
  std::signal(SIGSEGV, OnSignal);

  std::vector<std::string> seeds;
  std::error_code error;
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(argv[1], error)) {
    if (entry.is_regular_file()) paths.push_back(entry.path());
  }
  if (error) {
    std::fprintf(stderr, "cannot read seed directory %s: %s\n", argv[1], error.message().c_str());
    return 2;
  }
  std::sort(paths.begin(), paths.end());  // a fixed order, for reproducible mutations
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    seeds.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    Run(seeds.back());
  }

  std::mt19937_64 rng(seed);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  std::uint64_t runs = 0;
  for (; runs < max_runs && std::chrono::steady_clock::now() < deadline; ++runs) {
    if (seeds.empty() || rng() % 4 == 0) {
      Run(RandomInput(rng));
    } else {
      Run(Mutate(seeds[rng() % seeds.size()], rng));
    }
  }
  std::printf("%zu seeds, %llu generated inputs: no failure\n", seeds.size(),
              static_cast<unsigned long long>(runs));
  return 0;
}

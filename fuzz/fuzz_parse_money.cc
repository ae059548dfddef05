// core::ParseMoney, the amounts people type in case files. Oracles: an accepted amount is never
// negative, and formatting it then parsing the text back gives the same amount and currency.

#include <cstdint>
#include <cstdlib>
#include <string>

#include "walkaway/core/money.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace walkaway::core;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const Result<MoneyText> parsed = ParseMoney(text);
  if (!parsed) {
    if (parsed.error().message.empty()) std::abort();
    return 0;
  }
  if (parsed->amount.cents() < 0) std::abort();
  const std::string formatted = parsed->currency.empty() ? FormatMoney(parsed->amount)
                                                         : FormatMoney(parsed->amount, parsed->currency);
  const Result<MoneyText> again = ParseMoney(formatted);
  if (!again || *again != *parsed) std::abort();
  (void)FormatMoneyShort(parsed->amount);
  (void)parsed->amount.Scaled(1.0 / 12);
  return 0;
}

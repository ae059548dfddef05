#pragma once

// Result<T>: an expected value or an Error, with std::expected's member names so that moving to
// std::expected (C++23) later is a rename. Expected failures (bad input, missing data) travel as
// values; the core throws nothing.

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace walkaway::core {

enum class ErrorCode {
  kInvalidInput,  // the user's input is wrong: exit code 2, HTTP 400
  kNotFound,      // a named file or offer does not exist: exit code 2, HTTP 404
  kTooLarge,      // an input is over a documented cap: exit code 2, HTTP 413
  kConflict,      // the input was made against an older state (a stale revision): exit code 2, HTTP 409
  kIo,            // the operating system refused: exit code 3, HTTP 500
  kInternal,      // our own bug: exit code 70, HTTP 500
};

// Where in a source file an error or a value sits. line and column count from 1; 0 means unknown.
struct SourceLocation {
  std::string file{};
  int line = 0;
  int column = 0;
  friend bool operator==(const SourceLocation&, const SourceLocation&) = default;
};

struct Error {
  ErrorCode code = ErrorCode::kInvalidInput;
  std::string message{};     // what was expected and what was found, in plain words
  std::string field_path{};  // e.g. "offers[1].equity.vesting.cliff_months"; empty if none
  SourceLocation location{};
  std::string hint{};        // e.g. "did you mean 'deadline'?"; empty if none

  static Error InvalidInput(std::string message, std::string field_path = {}) {
    return Error{ErrorCode::kInvalidInput, std::move(message), std::move(field_path), {}, {}};
  }
  static Error NotFound(std::string message, std::string field_path = {}) {
    return Error{ErrorCode::kNotFound, std::move(message), std::move(field_path), {}, {}};
  }
  static Error TooLarge(std::string message, std::string field_path = {}) {
    return Error{ErrorCode::kTooLarge, std::move(message), std::move(field_path), {}, {}};
  }
  static Error Conflict(std::string message) {
    return Error{ErrorCode::kConflict, std::move(message), {}, {}, {}};
  }
  static Error Io(std::string message) { return Error{ErrorCode::kIo, std::move(message), {}, {}, {}}; }
  static Error Internal(std::string message) {
    return Error{ErrorCode::kInternal, std::move(message), {}, {}, {}};
  }

  // "file:line:column: field: message (hint)", leaving out the parts that are unknown.
  std::string ToString() const;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}         // NOLINT(google-explicit-constructor)
  Result(Error error) : data_(std::move(error)) {}     // NOLINT(google-explicit-constructor)

  bool has_value() const { return data_.index() == 0; }
  explicit operator bool() const { return has_value(); }

  T& value() & {
    assert(has_value());
    return std::get<0>(data_);
  }
  const T& value() const& {
    assert(has_value());
    return std::get<0>(data_);
  }
  T&& value() && {
    assert(has_value());
    return std::get<0>(std::move(data_));
  }
  const Error& error() const {
    assert(!has_value());
    return std::get<1>(data_);
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Error> data_;
};

// For operations that return nothing on success.
struct Ok {
  friend bool operator==(Ok, Ok) = default;
};
using Status = Result<Ok>;

}  // namespace walkaway::core

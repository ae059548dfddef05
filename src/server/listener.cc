// The HTTP listener on Boost.Beast with C++20 coroutines: the only file that includes Boost
// (scripts/check-layout). One I/O thread runs every connection; each request that reaches the
// API runs on the worker pool (a judgement takes tens of milliseconds, a workspace write an fsync),
// so a slow request never holds up the others. Limits (docs/server.md): header and body sizes,
// a deadline for each phase of a request, and a cap on open connections where the longest-waiting
// idle or slow connection makes room for a new one.

#include <chrono>
#include <csignal>
#include <list>
#include <memory>
#include <optional>
#include <string>

#include <boost/asio.hpp>
#include <boost/beast.hpp>

#include "server/api.h"
#include "server/guard.h"
#include "server/http.h"
#include "walkaway/server/server.h"

namespace walkaway::server {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;
constexpr auto kUseTuple = asio::as_tuple(asio::use_awaitable);

constexpr const char* kVersion = WALKAWAY_VERSION;

// What an open connection is doing, for the connection cap (I/O thread only).
struct Connection {
  beast::tcp_stream* stream = nullptr;
  bool busy = false;              // a request is being answered: never closed to make room
  Clock::time_point waiting_since{};
};

// The page at /. The app (issue #14) is not built yet: the page says so and where the API is.
constexpr const char* kIndexPage =
    "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>walkaway</title></head>\n"
    "<body><h1>walkaway</h1>\n"
    "<p>The server is running on this computer only, and your workspace stays on it.</p>\n"
    "<p>The app that will live here is not built yet. The JSON API is described at "
    "<a href=\"/api/v1/openapi.json\">/api/v1/openapi.json</a> (docs/server.md).</p>\n"
    "</body></html>\n";

Request ToRequest(const http::request<http::string_body>& m) {
  Request r;
  r.method = std::string(m.method_string());
  r.target = std::string(m.target());
  r.host = std::string(m[http::field::host]);
  r.origin = std::string(m[http::field::origin]);
  r.sec_fetch_site = std::string(m["Sec-Fetch-Site"]);
  r.cookie = std::string(m[http::field::cookie]);
  r.token_header = std::string(m["X-Walkaway-Token"]);
  r.content_type = std::string(m[http::field::content_type]);
  r.body = m.body();
  return r;
}

// A request path as it may go into the log: printable ASCII only and at most 200 bytes, so a
// crafted path cannot write escape sequences to the person's terminal or flood it.
std::string Printable(std::string_view path) {
  std::string out;
  for (char c : path.substr(0, 200)) out += (c >= 0x20 && c < 0x7f) ? c : '?';
  if (path.size() > 200) out += "...";
  return out;
}

class Server {
 public:
  Server(const ServerOptions& options, Api& api)
      : options_(options), api_(api), workers_(options.workers == 0 ? 1 : options.workers), acceptor_(ioc_),
        signals_(ioc_, SIGINT, SIGTERM) {}

  core::Status Listen() {
    boost::system::error_code ec;
    const tcp::endpoint at(asio::ip::make_address_v4("127.0.0.1"), options_.port);
    acceptor_.open(at.protocol(), ec);
    if (!ec) acceptor_.set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec) acceptor_.bind(at, ec);
    if (!ec) acceptor_.listen(asio::socket_base::max_listen_connections, ec);
    if (ec) {
      return core::Error::Io("could not listen on 127.0.0.1:" + std::to_string(options_.port) + ": " + ec.message());
    }
    guard_.port = acceptor_.local_endpoint().port();
    guard_.token = options_.token;
    return core::Ok{};
  }

  void Run() {
    signals_.async_wait([this](const boost::system::error_code& ec, int) {
      if (!ec) Stop();
    });
    asio::co_spawn(ioc_, Accept(), asio::detached);
    if (options_.on_ready) {
      options_.on_ready("http://127.0.0.1:" + std::to_string(guard_.port) + "/?token=" + options_.token);
    }
    ioc_.run();
    workers_.join();
  }

 private:
  void Log(const std::string& line) const {
    if (options_.log) options_.log(line);
  }

  // Stops accepting, closes the connections that wait; those answering a request finish it.
  void Stop() {
    stopping_ = true;
    boost::system::error_code ignored;
    acceptor_.close(ignored);
    for (const auto& c : connections_) {
      if (!c->busy) c->stream->socket().close(ignored);
    }
  }

  // At the cap: closes the connection that has waited longest without a request being answered
  // (a slow or idle client). False when every connection is busy answering.
  bool MakeRoom() {
    std::shared_ptr<Connection> oldest;
    for (const auto& c : connections_) {
      if (!c->busy && (!oldest || c->waiting_since < oldest->waiting_since)) oldest = c;
    }
    if (!oldest) return false;
    boost::system::error_code ignored;
    oldest->stream->socket().close(ignored);
    connections_.remove(oldest);  // its session ends on its own; it no longer counts
    return true;
  }

  asio::awaitable<void> Accept() {
    while (!stopping_) {
      auto [ec, socket] = co_await acceptor_.async_accept(kUseTuple);
      if (ec) {
        if (stopping_) break;
        // e.g. out of file descriptors for a moment: wait a little rather than spin, then go on.
        asio::steady_timer pause(ioc_, std::chrono::milliseconds(50));
        co_await pause.async_wait(kUseTuple);
        continue;
      }
      if (connections_.size() >= options_.limits.connections && !MakeRoom()) {
        boost::system::error_code ignored;
        socket.close(ignored);  // every slot is answering a request: this client retries
        continue;
      }
      asio::co_spawn(ioc_, Session(std::move(socket)), asio::detached);
    }
  }

  http::response<http::string_body> ToMessage(const Response& response, unsigned version, bool keep_alive) const {
    http::response<http::string_body> m{static_cast<http::status>(response.status), version};
    m.set(http::field::content_type, response.content_type);
    m.set("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; form-action 'self'");
    m.set("X-Content-Type-Options", "nosniff");
    m.set("Referrer-Policy", "no-referrer");
    m.set("X-Frame-Options", "DENY");
    m.set(http::field::cache_control, "no-store");
    for (const auto& [name, value] : response.headers) m.set(name, value);
    m.body() = response.body;
    m.keep_alive(keep_alive);
    m.prepare_payload();
    return m;
  }

  // Api::Handle on the worker pool, completing on the I/O thread. A plain completion handler, not a
  // coroutine lambda given to co_spawn: g++ 12 destroyed such a lambda's captures twice.
  template <typename Token>
  auto HandleOnWorkers(std::shared_ptr<const Request> request, Token&& token) {
    return asio::async_initiate<Token, void(Response)>(
        [this, request](auto handler) {
          asio::post(workers_, [this, request, guard = asio::make_work_guard(ioc_), handler = std::move(handler)]() mutable {
            Response response = api_.Handle(*request);
            auto executor = asio::get_associated_executor(handler, ioc_.get_executor());
            asio::post(executor, [handler = std::move(handler), response = std::move(response)]() mutable {
              std::move(handler)(std::move(response));
            });
          });
        },
        token);
  }

  // Everything but the API's own work, which runs on the worker pool.
  asio::awaitable<Response> Answer(Request request) {
    if (std::optional<Response> landing = TokenLanding(request, guard_)) co_return *landing;
    if (std::optional<Response> refused = Guard(request, guard_)) co_return *refused;
    const std::string_view path = PathOf(request.target);
    if (path.starts_with("/api/")) {
      Response answer = co_await HandleOnWorkers(std::make_shared<const Request>(std::move(request)), asio::use_awaitable);
      co_return answer;
    }
    if (request.method == "GET" && path == "/") {
      Response page;
      page.content_type = "text/html; charset=utf-8";
      page.body = kIndexPage;
      co_return page;
    }
    co_return ErrorResponse(404, "not_found", "no such page");
  }

  asio::awaitable<void> Session(tcp::socket socket) {
    beast::tcp_stream stream(std::move(socket));
    auto self = std::make_shared<Connection>();
    self->stream = &stream;
    self->waiting_since = Clock::now();
    connections_.push_back(self);
    beast::flat_buffer buffer;
    bool first = true;
    while (!stopping_) {
      self->busy = false;
      self->waiting_since = Clock::now();
      http::request_parser<http::string_body> parser;
      parser.header_limit(static_cast<std::uint32_t>(options_.limits.header_bytes));
      parser.body_limit(options_.limits.body_bytes);
      stream.expires_after(std::chrono::seconds(first ? options_.limits.header_seconds : options_.limits.idle_seconds));
      auto [head_ec, head_n] = co_await http::async_read_header(stream, buffer, parser, kUseTuple);
      std::optional<Response> refused;
      if (head_ec == http::error::header_limit) {
        refused = ErrorResponse(431, "header_too_large", "the request's header is over the limit");
      } else if (head_ec == http::error::body_limit) {
        refused = ErrorResponse(413, "too_large", "the request's body is over the limit of 1 MiB");
      } else if (head_ec) {
        if (head_ec != http::error::end_of_stream && head_ec != asio::error::operation_aborted &&
            head_ec != beast::error::timeout && head_ec != asio::error::connection_reset && head_ec != asio::error::eof) {
          refused = ErrorResponse(400, "bad_request", "the request is not valid HTTP/1.1");
        }
      }
      if (!refused && !head_ec) {
        stream.expires_after(std::chrono::seconds(options_.limits.body_seconds));
        auto [body_ec, body_n] = co_await http::async_read(stream, buffer, parser, kUseTuple);
        if (body_ec == http::error::body_limit) {
          refused = ErrorResponse(413, "too_large", "the request's body is over the limit of 1 MiB");
        } else if (body_ec) {
          break;
        }
      } else if (!refused) {
        break;
      }
      first = false;
      self->busy = true;
      const bool keep_alive = !refused && parser.get().keep_alive();
      const unsigned version = parser.is_header_done() ? parser.get().version() : 11;
      // Not `refused ? *refused : co_await ...`: g++ 12 destroys the result of a co_await inside
      // a conditional expression twice (a double free seen here).
      Response response;
      if (refused) {
        response = std::move(*refused);
      } else {
        response = co_await Answer(ToRequest(parser.get()));
      }
      if (response.status >= 500) Log("a request to " + Printable(PathOf(parser.get().target())) + " failed");
      http::response<http::string_body> message = ToMessage(response, version, keep_alive && !stopping_);
      stream.expires_after(std::chrono::seconds(options_.limits.body_seconds));
      auto [write_ec, written] = co_await http::async_write(stream, message, kUseTuple);
      if (write_ec || !message.keep_alive()) break;
    }
    boost::system::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    connections_.remove(self);
  }

  const ServerOptions& options_;
  Api& api_;
  GuardConfig guard_{};
  asio::io_context ioc_{1};
  asio::thread_pool workers_;
  tcp::acceptor acceptor_;
  asio::signal_set signals_;
  std::list<std::shared_ptr<Connection>> connections_;
  bool stopping_ = false;
};

}  // namespace

core::Result<Request> ParseRequest(std::string_view raw, size_t header_bytes, size_t body_bytes) {
  http::request_parser<http::string_body> parser;
  parser.header_limit(static_cast<std::uint32_t>(header_bytes));
  parser.body_limit(body_bytes);
  parser.eager(true);
  boost::system::error_code ec;
  size_t used = 0;
  while (used < raw.size() && !parser.is_done()) {
    const size_t n = parser.put(asio::buffer(raw.data() + used, raw.size() - used), ec);
    if (ec == http::error::need_more) break;
    if (ec == http::error::header_limit || ec == http::error::body_limit) {
      return core::Error::TooLarge("the request is over a limit");
    }
    if (ec) return core::Error::InvalidInput("the request is not valid HTTP/1.1");
    if (n == 0) break;
    used += n;
  }
  if (!parser.is_done()) {
    parser.put_eof(ec);
    if (ec || !parser.is_done()) return core::Error::InvalidInput("the request ends early");
  }
  return ToRequest(parser.get());
}

core::Status RunServer(const ServerOptions& options) {
  core::Result<store::Workspace> workspace = store::Workspace::Open(options.workspace);
  if (!workspace) return workspace.error();
  try {
    ApiOptions api_options;
    api_options.engine = options.engine;
    api_options.today = options.today;
    api_options.now = options.now;
    api_options.workspace_file = options.workspace;
    api_options.engines = options.workers;
    api_options.version = kVersion;
    Api api(std::move(*workspace), std::move(api_options));
    Server server(options, api);
    if (core::Status listening = server.Listen(); !listening) return listening;
    server.Run();
  } catch (const std::exception&) {
    return core::Error::Internal("the server stopped on an internal error");
  }
  return core::Ok{};
}

}  // namespace walkaway::server

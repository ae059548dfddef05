#include "server/guard.h"

#include <gtest/gtest.h>

namespace walkaway::server {
namespace {

const GuardConfig kConfig{8787, "0123456789abcdef0123456789abcdef"};

Request Api(std::string method = "GET", std::string target = "/api/v1/cases") {
  Request r;
  r.method = std::move(method);
  r.target = std::move(target);
  r.host = "127.0.0.1:8787";
  r.token_header = kConfig.token;
  return r;
}

TEST(GuardTest, ARequestWithTheTokenFromOurOwnHostPasses) {
  EXPECT_FALSE(Guard(Api(), kConfig));
  Request r = Api();
  r.host = "localhost:8787";
  EXPECT_FALSE(Guard(r, kConfig));
}

TEST(GuardTest, AnotherHostIsMisdirectedSoDnsRebindingFindsNothing) {
  for (const char* host : {"evil.example:8787", "127.0.0.1:8788", "127.0.0.1", "", "localhost.evil.example:8787",
                           "LOCALHOST:8787"}) {
    SCOPED_TRACE(host);
    Request r = Api();
    r.host = host;
    std::optional<Response> refused = Guard(r, kConfig);
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 421);
    EXPECT_NE(refused->body.find("\"wrong_host\""), std::string::npos);
  }
}

TEST(GuardTest, AnApiCallWithoutTheTokenIsUnauthorized) {
  Request r = Api();
  r.token_header.clear();
  std::optional<Response> refused = Guard(r, kConfig);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 401);
  r.token_header = "0123456789abcdef0123456789abcdeX";
  EXPECT_EQ(Guard(r, kConfig)->status, 401);
  r.token_header = kConfig.token + "0";
  EXPECT_EQ(Guard(r, kConfig)->status, 401);
}

TEST(GuardTest, TheTokenCookieIsAcceptedInPlaceOfTheHeader) {
  Request r = Api();
  r.token_header.clear();
  r.cookie = "theme=dark; walkaway_token=" + kConfig.token + "; other=1";
  EXPECT_FALSE(Guard(r, kConfig));
}

TEST(GuardTest, AServerWithoutATokenRefusesEveryApiCall) {
  Request r = Api();
  r.token_header.clear();
  EXPECT_EQ(Guard(r, GuardConfig{8787, ""})->status, 401);
}

TEST(GuardTest, PagesOutsideTheApiNeedNoToken) {
  Request r = Api("GET", "/");
  r.token_header.clear();
  EXPECT_FALSE(Guard(r, kConfig));
}

TEST(GuardTest, AChangeFromAnotherOriginIsForbidden) {
  for (const char* origin : {"http://evil.example", "http://127.0.0.1:9999", "https://127.0.0.1:8787", "null"}) {
    SCOPED_TRACE(origin);
    Request r = Api("POST", "/api/v1/undo");
    r.origin = origin;
    std::optional<Response> refused = Guard(r, kConfig);
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 403);
  }
  Request own = Api("PATCH", "/api/v1/cases/1");
  own.origin = "http://localhost:8787";
  EXPECT_FALSE(Guard(own, kConfig));
}

TEST(GuardTest, AChangeTheBrowserMarksCrossSiteIsForbiddenEvenWithoutOrigin) {
  for (const char* site : {"cross-site", "same-site"}) {
    Request r = Api("DELETE", "/api/v1/cases/1");
    r.sec_fetch_site = site;
    EXPECT_EQ(Guard(r, kConfig)->status, 403) << site;
  }
  Request r = Api("DELETE", "/api/v1/cases/1");
  r.sec_fetch_site = "same-origin";
  EXPECT_FALSE(Guard(r, kConfig));
}

TEST(GuardTest, AReadFromAnotherOriginIsNotAChangeButStillNeedsTheToken) {
  Request r = Api("GET", "/api/v1/cases");
  r.origin = "http://evil.example";
  r.token_header.clear();
  EXPECT_EQ(Guard(r, kConfig)->status, 401);
}

TEST(TokenLandingTest, TheRightTokenSetsAStrictHttpOnlyCookieAndLeavesTheAddressBar) {
  Request r = Api("GET", "/?token=" + kConfig.token);
  std::optional<Response> landing = TokenLanding(r, kConfig);
  ASSERT_TRUE(landing);
  EXPECT_EQ(landing->status, 303);
  bool cookie = false;
  bool location = false;
  for (const auto& [name, value] : landing->headers) {
    if (name == "Set-Cookie") {
      cookie = true;
      EXPECT_NE(value.find("walkaway_token=" + kConfig.token), std::string::npos);
      EXPECT_NE(value.find("HttpOnly"), std::string::npos);
      EXPECT_NE(value.find("SameSite=Strict"), std::string::npos);
    }
    if (name == "Location") {
      location = true;
      EXPECT_EQ(value, "/");
    }
  }
  EXPECT_TRUE(cookie && location);
}

TEST(TokenLandingTest, AWrongOrMissingTokenSetsNothing) {
  EXPECT_FALSE(TokenLanding(Api("GET", "/?token=nope"), kConfig));
  EXPECT_FALSE(TokenLanding(Api("GET", "/"), kConfig));
  EXPECT_FALSE(TokenLanding(Api("POST", "/?token=" + kConfig.token), kConfig));
  EXPECT_FALSE(TokenLanding(Api("GET", "/other?token=" + kConfig.token), kConfig));
}

TEST(HttpTest, QueryParametersArePercentDecoded) {
  EXPECT_EQ(QueryParam("/a?x=1&today=2026-12-01", "today"), "2026-12-01");
  EXPECT_EQ(QueryParam("/a?name=a%20b+c", "name"), "a b c");
  EXPECT_EQ(QueryParam("/a?x=1", "today"), "");
  EXPECT_EQ(QueryParam("/a", "x"), "");
  EXPECT_EQ(QueryParam("/a?bad=%zz%4", "bad"), "%zz%4");
  EXPECT_EQ(PathOf("/api/v1/cases?x=1"), "/api/v1/cases");
}

TEST(HttpTest, InternalAndIoErrorsSendNoDetailsFromInside) {
  Response r = ErrorResponse(core::Error::Io("could not open /home/ola/secret/ws.walkaway: disk I/O error"));
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(r.body.find("/home/ola"), std::string::npos) << r.body;
  EXPECT_EQ(r.body.find("disk I/O"), std::string::npos) << r.body;
  r = ErrorResponse(core::Error::Internal("std::bad_alloc in Judge"));
  EXPECT_EQ(r.body.find("bad_alloc"), std::string::npos) << r.body;
}

TEST(HttpTest, ErrorCodesMapToTheirStatus) {
  EXPECT_EQ(ErrorResponse(core::Error::InvalidInput("x", "offers[0].base")).status, 400);
  EXPECT_EQ(ErrorResponse(core::Error::NotFound("x")).status, 404);
  EXPECT_EQ(ErrorResponse(core::Error::TooLarge("x")).status, 413);
  EXPECT_EQ(ErrorResponse(core::Error::Conflict("x")).status, 409);
  EXPECT_NE(ErrorResponse(core::Error::InvalidInput("x", "offers[0].base")).body.find("\"field\":\"offers[0].base\""),
            std::string::npos);
}

}  // namespace
}  // namespace walkaway::server

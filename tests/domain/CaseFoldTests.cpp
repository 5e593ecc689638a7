// foldCase: Unicode full case folding as Python's str.casefold() does it (the table's source).
#include "support/Catch.h"

#include "baton/domain/CaseFold.h"

#include <string>

using baton::domain::caseFoldUnicodeVersion;
using baton::domain::foldCase;

TEST_CASE("ASCII letters fold to lower case and everything else ASCII is kept", "[domain][casefold]")
{
    CHECK(foldCase("Ana.Silva@Example.COM") == "ana.silva@example.com");
    CHECK(foldCase("Q3 [draft] 100% _x_") == "q3 [draft] 100% _x_");
    CHECK(foldCase("") == "");
}

TEST_CASE("Greek capital, small and final sigma all fold to one sigma", "[domain][casefold]")
{
    CHECK(foldCase("ΣΊΣΥΦΟΣ") == "σίσυφοσ");
    CHECK(foldCase("σίσυφος") == "σίσυφοσ");
    CHECK(foldCase("ΐ") == "ι\u0308\u0301"); // one code point folds to three
}

TEST_CASE("Sharp s folds to ss, so Straße and STRASSE compare equal", "[domain][casefold]")
{
    CHECK(foldCase("Straße") == "strasse");
    CHECK(foldCase("STRASSE") == foldCase("Straße"));
    CHECK(foldCase("ẞ") == "ss"); // capital sharp s
    CHECK(foldCase("ﬁle") == "file");
}

TEST_CASE("Cyrillic, Latin with diacritics and four-byte letters fold", "[domain][casefold]")
{
    CHECK(foldCase("ПРИВЕТ, Ёж") == "привет, ёж");
    CHECK(foldCase("ÅSA@EXAMPLE.ORG") == "åsa@example.org");
    CHECK(foldCase("Überprüfung Q3") == "überprüfung q3");
    CHECK(foldCase("ŁÓDŹ") == "łódź");
    CHECK(foldCase("\U00010400") == "\U00010428"); // Deseret capital long i
    CHECK(foldCase("\u212A") == "k");              // Kelvin sign
}

TEST_CASE("Turkish dotted capital I folds as casefold does, without a locale", "[domain][casefold]")
{
    CHECK(foldCase("İ") == "i\u0307"); // i followed by a combining dot above
    CHECK(foldCase("I") == "i");
    CHECK(foldCase("ı") == "ı"); // dotless small i has no fold
    CHECK(foldCase("İSTANBUL") != foldCase("istanbul"));
}

TEST_CASE("Bytes that are not UTF-8 pass through unchanged", "[domain][casefold]")
{
    const std::string stray = "\xff";             // never starts a sequence
    const std::string overlong = "\xc0\xaf";      // an overlong '/'
    const std::string surrogate = "\xed\xa0\x80"; // a UTF-16 surrogate
    CHECK(foldCase("A" + stray + "B") == "a" + stray + "b");
    CHECK(foldCase(overlong + "É") == overlong + "é");
    CHECK(foldCase(surrogate + "X") == surrogate + "x");
    CHECK(foldCase("Ä\xc3") == "ä\xc3");       // cut short at the end
    CHECK(foldCase("\xc3\x28") == "\xc3\x28"); // a lead byte without its continuation
}

TEST_CASE("Letters without case and already folded text are unchanged", "[domain][casefold]")
{
    CHECK(foldCase("日本語のテキスト 🎉") == "日本語のテキスト 🎉");
    const std::string folded = foldCase("Ünïcödé ΣΑΣ Ωμέγα");
    CHECK(foldCase(folded) == folded);
}

TEST_CASE("The fold table names the Unicode version it was generated from", "[domain][casefold]")
{
    CHECK(caseFoldUnicodeVersion().find('.') != std::string_view::npos);
}

// The Pulse page on a copy of the sample team: only a facilitator opens and closes a pulse; a
// member answers privately (nothing chosen beforehand, OK only once all seven are answered, the
// dialog cleared afterwards, never twice); figures only once closed with enough responses; the
// trend across closed pulses; and the Voice and Psychological safety sections of the
// leadership review on screen, in the PDF and in the CSV files.
#include "ui/UiFixture.h"

#include "review/ReviewPage.h"
#include "voice/PulseDialogs.h"
#include "voice/PulsePage.h"

#include "baton/storage/PulseRepository.h"

#include <QButtonGroup>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QUndoStack>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace baton;
using baton::test::onNextDialog;
using baton::test::settled;
using baton::test::UiFixture;
using baton::test::waitFor;

namespace {

bool ok(QDialog& d)
{
    return baton::test::press(d);
}

bool okEnabled(QDialog& d)
{
    auto* box = d.findChild<QDialogButtonBox*>(QStringLiteral("buttons"));
    return box && box->button(QDialogButtonBox::Ok)->isEnabled();
}

int checkedAnywhere(ui::PulseAnswerDialog& d)
{
    int checked = 0;
    for (auto* radio : d.findChildren<QRadioButton*>())
        checked += radio->isChecked() ? 1 : 0;
    return checked;
}

struct PulseFixture : UiFixture {
    domain::MemberId member(const char* name)
    {
        return domain::MemberId(
            db().queryText((std::string("SELECT id FROM members WHERE name = '") + name + "'").c_str()));
    }
    void be(const char* name) { REQUIRE(session().setMe(member(name)).ok()); }
    ui::PulsePage* pulse()
    {
        auto* page = UiFixture::page<ui::PulsePage>(ui::PageId::Pulse);
        REQUIRE(page);
        return page;
    }
    /// Opens a pulse through the page's dialog, as the facilitator Marcus.
    void open(const QString& title, int minResponses)
    {
        be("Marcus Okafor");
        bool ran = false;
        onNextDialog<ui::OpenPulseDialog>([&](ui::OpenPulseDialog& d) {
            ran = true;
            CHECK(d.findChild<QSpinBox*>(QStringLiteral("pulseMinResponses"))->value() == 5);
            CHECK(d.findChild<QSpinBox*>(QStringLiteral("pulseMinResponses"))->minimum() == 3);
            d.findChild<QLineEdit*>(QStringLiteral("pulseTitle"))->setText(title);
            d.findChild<QSpinBox*>(QStringLiteral("pulseMinResponses"))->setValue(minResponses);
            CHECK(ok(d));
        });
        pulse()->openNew();
        REQUIRE(ran);
    }
    domain::PulseId openId()
    {
        const auto open = pulse()->openPulse();
        REQUIRE(open);
        return open->id;
    }
    /// Records answers for `who` straight through the session (as the dialog does).
    void answer(const char* who, const domain::PulseAnswers& answers)
    {
        const auto id = openId();
        REQUIRE(session()
                    .applyWithoutUndo(
                        [&](edit::EditService& e) { return e.pulses.recordResponse(id, member(who), answers); })
                    .ok());
    }
    void closeNow()
    {
        be("Marcus Okafor");
        REQUIRE(pulse()->closeButton()->isEnabled());
        pulse()->closeOpen();
    }
    bool documentSays(ui::ReviewPage* page, const std::string& text)
    {
        for (const auto& s : page->document().sections) {
            if (s.heading.find(text) != std::string::npos)
                return true;
            for (const auto& p : s.paragraphs)
                if (p.find(text) != std::string::npos)
                    return true;
            for (const auto& f : s.figures)
                if (f.label.find(text) != std::string::npos)
                    return true;
        }
        return false;
    }
    const report::ReportSection* section(ui::ReviewPage* page, const std::string& heading)
    {
        for (const auto& s : page->document().sections)
            if (s.heading == heading)
                return &s;
        return nullptr;
    }
    /// Waits for the page's figures after a change.
    ui::PulsePage* refreshed()
    {
        auto* page = pulse();
        page->refreshNow();
        return settled(page);
    }
};

const domain::PulseAnswers kCalm{2, 6, 2, 6, 2, 6, 6};

} // namespace

TEST_CASE_METHOD(PulseFixture, "Only a facilitator can open and close a pulse", "[ui][pulse]")
{
    be("Chidi Okonkwo");
    auto* page = pulse();
    CHECK_FALSE(page->openButton()->isEnabled());
    CHECK_FALSE(page->closeButton()->isEnabled());
    CHECK_FALSE(page->answerButton()->isEnabled()); // nothing open to answer
    // The service refuses too, whatever the buttons say.
    domain::Pulse p;
    p.id = domain::PulseId(session().newId());
    p.title = "Sneaky";
    CHECK_FALSE(session().apply(QStringLiteral("Open"), [&](edit::EditService& e) { return e.pulses.open(p); }).ok());

    be("Marcus Okafor");
    CHECK(page->openButton()->isEnabled());
    open(QStringLiteral("November pulse"), 3);
    CHECK(count("SELECT count(*) FROM pulses WHERE closed_on IS NULL") == 1);
    CHECK(count("SELECT min_responses FROM pulses") == 3);
    CHECK_FALSE(page->openButton()->isEnabled()); // one open at a time
    CHECK(page->closeButton()->isEnabled());
    CHECK(page->answerButton()->isEnabled());
    be("Chidi Okonkwo");
    CHECK_FALSE(page->closeButton()->isEnabled());
    CHECK(page->answerButton()->isEnabled());
    closeNow();
    CHECK(count("SELECT count(*) FROM pulses WHERE closed_on IS NOT NULL") == 1);
}

TEST_CASE_METHOD(PulseFixture,
                 "The answer dialog starts with nothing chosen and OK stays off until all seven are "
                 "answered",
                 "[ui][pulse]")
{
    open(QStringLiteral("November pulse"), 3);
    bool ran = false;
    onNextDialog<ui::PulseAnswerDialog>([&](ui::PulseAnswerDialog& d) {
        ran = true;
        CHECK(checkedAnywhere(d) == 0);
        CHECK(d.findChildren<QRadioButton*>().size() == 49);
        CHECK(d.member()->currentIndex() == 0);
        CHECK_FALSE(okEnabled(d));
        d.member()->setCurrentIndex(d.member()->findText(QStringLiteral("Priya Raman")));
        for (std::size_t i = 0; i < 6; ++i) {
            d.item(i)->button(4)->click();
            CHECK_FALSE(okEnabled(d));
        }
        CHECK(d.answered() == 6);
        d.item(6)->button(7)->click();
        CHECK(okEnabled(d));
        d.member()->setCurrentIndex(0); // nobody chosen: OK off again
        CHECK_FALSE(okEnabled(d));
        d.reject();
    });
    pulse()->answer();
    CHECK(ran);
    CHECK(count("SELECT count(*) FROM pulse_responses") == 0);
}

TEST_CASE_METHOD(PulseFixture, "After answering, the dialog holds no answer and nothing goes on the undo stack",
                 "[ui][pulse]")
{
    open(QStringLiteral("November pulse"), 3);
    const int undoBefore = session().undoStack()->count();
    bool ran = false;
    onNextDialog<ui::PulseAnswerDialog>([&](ui::PulseAnswerDialog& d) {
        ran = true;
        d.member()->setCurrentIndex(d.member()->findText(QStringLiteral("Priya Raman")));
        for (std::size_t i = 0; i < domain::kPulseItems; ++i)
            d.item(i)->button(static_cast<int>(i) + 1)->click();
        CHECK(ok(d));
        // Cleared: no radio checked, no group remembers an answer, nobody chosen.
        CHECK(checkedAnywhere(d) == 0);
        CHECK(d.answered() == 0);
        for (std::size_t i = 0; i < domain::kPulseItems; ++i)
            CHECK(d.item(i)->checkedId() == -1);
        CHECK(d.member()->currentIndex() == 0);
        CHECK(d.member()->findText(QStringLiteral("Priya Raman")) < 0);
    });
    pulse()->answer();
    CHECK(ran);
    CHECK(count("SELECT count(*) FROM pulse_responses") == 1);
    CHECK(db().queryText("SELECT answers FROM pulse_responses") == "1234567");
    CHECK(db().queryText("SELECT responded FROM pulses").find(member("Priya Raman").str()) != std::string::npos);
    CHECK(count("SELECT count(*) FROM changes WHERE operation = 'record-pulse-response' AND author IS NULL") == 1);
    CHECK(session().undoStack()->count() == undoBefore);
}

TEST_CASE_METHOD(PulseFixture, "A member who answered is not offered the pulse again", "[ui][pulse]")
{
    open(QStringLiteral("November pulse"), 3);
    answer("Priya Raman", kCalm);
    bool ran = false;
    onNextDialog<ui::PulseAnswerDialog>([&](ui::PulseAnswerDialog& d) {
        ran = true;
        CHECK(d.member()->findText(QStringLiteral("Priya Raman")) < 0);
        CHECK(d.member()->findText(QStringLiteral("Chidi Okonkwo")) >= 0);
        CHECK(d.member()->findText(QStringLiteral("Hannah Becker")) < 0); // left the team
        d.reject();
    });
    pulse()->answer();
    CHECK(ran);
    // The service refuses a second answer too.
    const auto id = openId();
    CHECK_FALSE(session()
                    .applyWithoutUndo(
                        [&](edit::EditService& e) { return e.pulses.recordResponse(id, member("Priya Raman"), kCalm); })
                    .ok());
}

TEST_CASE_METHOD(PulseFixture, "While open the page counts who responded and shows no figure", "[ui][pulse]")
{
    open(QStringLiteral("November pulse"), 3);
    answer("Priya Raman", kCalm);
    answer("Chidi Okonkwo", kCalm);
    answer("Aiko Tanaka", kCalm);
    auto* page = refreshed();
    // 21 members, of whom Ravi, Hannah and Ben have left: 18 could answer.
    CHECK(page->status()->text() == QStringLiteral("3 of 18 members responded"));
    CHECK(documentSays(page, "3 of 18 members responded"));
    CHECK(documentSays(page, "Figures appear when the pulse closes with at least 3 responses"));
    CHECK_FALSE(documentSays(page, "Mean score"));
}

TEST_CASE_METHOD(PulseFixture, "A pulse closed below its minimum shows no figure; with enough it shows the mean",
                 "[ui][pulse]")
{
    open(QStringLiteral("Too few"), 5);
    answer("Priya Raman", kCalm);
    answer("Chidi Okonkwo", kCalm);
    closeNow();
    auto* page = refreshed();
    CHECK_FALSE(documentSays(page, "Mean score"));
    CHECK(documentSays(page, "Figures appear when the pulse closes with at least 5 responses; this one had 2"));

    open(QStringLiteral("Enough"), 3);
    answer("Priya Raman", kCalm);
    answer("Chidi Okonkwo", {1, 2, 3, 4, 5, 6, 7});
    answer("Aiko Tanaka", {4, 4, 4, 4, 4, 4, 4});
    closeNow();
    page = refreshed();
    const auto* enough = section(page, "Enough");
    REQUIRE(enough);
    REQUIRE(enough->figures.size() == 3);
    // Scores 6, 34/7 and 4: mean (6 + 34/7 + 4) / 3 = 104/21 = 4.95.
    CHECK(enough->figures[2].label == "Mean score (1 to 7)");
    CHECK(enough->figures[2].value == "4.95");
    REQUIRE(enough->tables.size() == 1); // its own distribution, item by item
    CHECK(enough->tables[0].rows.size() == 7);
    CHECK(enough->tables[0].columns.size() == 9); // item, reversed, then 1..7
    CHECK(section(page, "Too few")->tables.empty());
}

TEST_CASE_METHOD(PulseFixture, "Two closed pulses draw a trend of the mean", "[ui][pulse]")
{
    for (const char* title : {"October", "November"}) {
        open(QString::fromLatin1(title), 3);
        answer("Priya Raman", kCalm);
        answer("Chidi Okonkwo", kCalm);
        answer("Aiko Tanaka", {4, 4, 4, 4, 4, 4, 4});
        closeNow();
    }
    auto* page = refreshed();
    const auto* all = section(page, "All pulses");
    REQUIRE(all);
    REQUIRE(all->lineCharts.size() == 1);
    CHECK(all->lineCharts[0].labels == std::vector<std::string>{"October", "November"});
    REQUIRE(all->lineCharts[0].series.size() == 1);
    CHECK(all->lineCharts[0].series[0].values.size() == 2);
    CHECK(page->view()->document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:0"))).isValid());
}

TEST_CASE_METHOD(PulseFixture,
                 "The leadership review has Voice and Psychological safety sections on screen, in "
                 "the PDF and in the CSV files",
                 "[ui][pulse][voice]")
{
    be("Chidi Okonkwo");
    domain::VoiceItem v;
    v.id = domain::VoiceItemId(session().newId());
    v.kind = domain::VoiceKind::Concern;
    v.text = "Too many meetings";
    REQUIRE(session().applyWithoutUndo([&](edit::EditService& e) { return e.voice.raiseAnonymously(v); }).ok());
    open(QStringLiteral("November"), 3);
    answer("Priya Raman", kCalm);
    answer("Chidi Okonkwo", kCalm);
    answer("Aiko Tanaka", kCalm);
    closeNow();

    auto* review = settled(UiFixture::page<ui::LeadershipReviewPage>(ui::PageId::LeadershipReview));
    review->refreshNow();
    settled(review);
    const auto* voice = section(review, "Voice");
    REQUIRE(voice);
    bool openConcern = false;
    for (const auto& f : voice->figures)
        openConcern = openConcern || (f.label == "Open concerns" && f.value == "1");
    CHECK(openConcern);
    const auto* safety = section(review, "Psychological safety");
    REQUIRE(safety);
    CHECK(safety->lineCharts.size() == 1);

    const std::string folder = dir.file("csv");
    REQUIRE(review->exportCsv(QString::fromStdString(folder), false));
    CHECK(std::filesystem::exists(folder + "/voice.csv"));
    REQUIRE(std::filesystem::exists(folder + "/pulses.csv"));
    std::ifstream in(folder + "/pulses.csv");
    std::stringstream pulses;
    pulses << in.rdbuf();
    CHECK(pulses.str().find("November") != std::string::npos);
    CHECK(pulses.str().find("6.00") != std::string::npos); // three calm answers: all sixes
    CHECK(std::filesystem::exists(folder + "/pulse-distribution.csv"));

    const std::string pdf = dir.file("review.pdf");
    REQUIRE(review->exportPdf(QString::fromStdString(pdf), false));
    CHECK(std::filesystem::file_size(pdf) > 1000);
}

// The Voice page on a copy of the sample team: raising an item with a name or anonymously (and
// then with no undo), responding, the filters, and how an anonymous item reads, checked in the
// team file.
#include "ui/UiFixture.h"

#include "voice/VoiceDialogs.h"
#include "voice/VoicePage.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QUndoStack>

using namespace baton;
using baton::test::choose;
using baton::test::onNextDialog;
using baton::test::settledRows;
using baton::test::UiFixture;

namespace {

bool ok(QDialog& d)
{
    return baton::test::press(d);
}

struct VoiceFixture : UiFixture {
    domain::MemberId member(const char* name)
    {
        return domain::MemberId(
            db().queryText((std::string("SELECT id FROM members WHERE name = '") + name + "'").c_str()));
    }
    void be(const char* name) { REQUIRE(session().setMe(member(name)).ok()); }
    ui::VoicePage* voice()
    {
        auto* page = UiFixture::page<ui::VoicePage>(ui::PageId::Voice);
        REQUIRE(page);
        return page;
    }
    /// Raises an item through the Raise dialog.
    void raise(const QString& text, const QString& kind, bool anonymous)
    {
        bool ran = false;
        onNextDialog<ui::RaiseDialog>([&](ui::RaiseDialog& d) {
            ran = true;
            choose(d.findChild<QComboBox*>(QStringLiteral("voiceKind")), kind);
            d.findChild<QPlainTextEdit*>(QStringLiteral("voiceText"))->setPlainText(text);
            d.findChild<QCheckBox*>(QStringLiteral("voiceAnonymous"))->setChecked(anonymous);
            CHECK(ok(d));
        });
        voice()->createNew();
        REQUIRE(ran);
    }
    /// Responds to the item shown on the page.
    void respond(const QString& status, const QString& response)
    {
        bool ran = false;
        onNextDialog<ui::RespondDialog>([&](ui::RespondDialog& d) {
            ran = true;
            choose(d.findChild<QComboBox*>(QStringLiteral("voiceStatus")), status);
            d.findChild<QPlainTextEdit*>(QStringLiteral("voiceResponse"))->setPlainText(response);
            CHECK(ok(d));
        });
        voice()->respondToCurrent();
        REQUIRE(ran);
    }
    QString idOfText(const char* text)
    {
        return QString::fromStdString(
            db().queryText((std::string("SELECT id FROM voice_items WHERE text = '") + text + "'").c_str()));
    }
    /// The cell of the list row whose text column is `text`.
    QString cell(const QString& text, int column)
    {
        auto* model = voice()->model();
        const int rows = settledRows(model);
        for (int r = 0; r < rows; ++r)
            if (model->index(r, 0).data().toString() == text)
                return model->index(r, column).data().toString();
        return {};
    }
};

} // namespace

TEST_CASE_METHOD(VoiceFixture, "Raise with a name saves the item with its author, and it can be undone", "[ui][voice]")
{
    be("Chidi Okonkwo");
    const int undoBefore = session().undoStack()->count();
    raise(QStringLiteral("Pair on every release"), QStringLiteral("Idea"), false);
    CHECK(count("SELECT count(*) FROM voice_items") == 1);
    CHECK(QString::fromStdString(db().queryText("SELECT author FROM voice_items")) ==
          QString::fromStdString(member("Chidi Okonkwo").str()));
    CHECK(db().queryText("SELECT kind FROM voice_items") == "idea");
    CHECK(session().undoStack()->count() == undoBefore + 1);
    CHECK(cell(QStringLiteral("Pair on every release"), 2) == QStringLiteral("Chidi Okonkwo"));
    session().undoStack()->undo();
    CHECK(count("SELECT count(*) FROM voice_items WHERE retracted = 0") == 0);
}

TEST_CASE_METHOD(VoiceFixture, "Raise anonymously stores no author and offers no undo", "[ui][voice]")
{
    be("Chidi Okonkwo");
    const int undoBefore = session().undoStack()->count();
    const bool couldUndo = session().undoStack()->canUndo();
    raise(QStringLiteral("Reviews feel like blame"), QStringLiteral("Concern"), true);
    CHECK(count("SELECT count(*) FROM voice_items WHERE author IS NULL") == 1);
    CHECK(count("SELECT count(*) FROM changes WHERE kind = 'voice_item' AND author IS NOT NULL") == 0);
    CHECK(session().undoStack()->count() == undoBefore);
    CHECK(session().undoStack()->canUndo() == couldUndo);
}

TEST_CASE_METHOD(VoiceFixture, "An anonymous item reads Anonymous in the list and in its detail", "[ui][voice]")
{
    be("Chidi Okonkwo");
    raise(QStringLiteral("Who decides on tooling?"), QStringLiteral("Question"), true);
    CHECK(cell(QStringLiteral("Who decides on tooling?"), 2) == QStringLiteral("Anonymous"));
    CHECK(cell(QStringLiteral("Who decides on tooling?"), 1) == QStringLiteral("Question"));
    voice()->showRecord(idOfText("Who decides on tooling?"));
    const QString detail = voice()->detail()->toPlainText();
    CHECK(detail.contains(QStringLiteral("Raised by: Anonymous")));
    CHECK_FALSE(detail.contains(QStringLiteral("Chidi")));
}

TEST_CASE_METHOD(VoiceFixture, "The Raise dialog explains anonymity and needs a text", "[ui][voice]")
{
    be("Chidi Okonkwo");
    bool ran = false;
    onNextDialog<ui::RaiseDialog>([&](ui::RaiseDialog& d) {
        ran = true;
        auto* note = d.findChild<QLabel*>(QStringLiteral("anonymityNote"));
        CHECK(note);
        if (note)
            CHECK(note->text() ==
                  QStringLiteral("No one, not even Baton, will know it was you: your name is stored nowhere."));
        auto* anonymous = d.findChild<QCheckBox*>(QStringLiteral("voiceAnonymous"));
        CHECK(anonymous->isEnabled());
        CHECK_FALSE(anonymous->isChecked());
        CHECK_FALSE(ok(d)); // no text yet
        d.findChild<QPlainTextEdit*>(QStringLiteral("voiceText"))->setPlainText(QStringLiteral("   "));
        CHECK_FALSE(ok(d));
        d.reject();
    });
    voice()->createNew();
    CHECK(ran);
    CHECK(count("SELECT count(*) FROM voice_items") == 0);
}

TEST_CASE_METHOD(VoiceFixture, "With nobody chosen on the workstation, an item can only be raised anonymously",
                 "[ui][voice]")
{
    REQUIRE_FALSE(session().me());
    bool ran = false;
    onNextDialog<ui::RaiseDialog>([&](ui::RaiseDialog& d) {
        ran = true;
        auto* anonymous = d.findChild<QCheckBox*>(QStringLiteral("voiceAnonymous"));
        CHECK(anonymous->isChecked());
        CHECK_FALSE(anonymous->isEnabled());
        d.findChild<QPlainTextEdit*>(QStringLiteral("voiceText"))->setPlainText(QStringLiteral("Fewer meetings"));
        CHECK(ok(d));
    });
    voice()->createNew();
    CHECK(ran);
    CHECK(count("SELECT count(*) FROM voice_items WHERE author IS NULL") == 1);
}

TEST_CASE_METHOD(VoiceFixture, "Respond sets the status, the response and the responder", "[ui][voice]")
{
    be("Chidi Okonkwo");
    raise(QStringLiteral("Rotate the on-call lead"), QStringLiteral("Idea"), true);
    be("Marcus Okafor");
    voice()->showRecord(idOfText("Rotate the on-call lead"));
    REQUIRE(voice()->currentId() == idOfText("Rotate the on-call lead"));
    respond(QStringLiteral("Acted on"), QStringLiteral("Rotation starts in December"));
    CHECK(db().queryText("SELECT status FROM voice_items") == "acted_on");
    CHECK(db().queryText("SELECT response FROM voice_items") == "Rotation starts in December");
    CHECK(QString::fromStdString(db().queryText("SELECT responder FROM voice_items")) ==
          QString::fromStdString(member("Marcus Okafor").str()));
    CHECK(count("SELECT count(*) FROM voice_items WHERE author IS NULL") == 1); // still anonymous
    CHECK(cell(QStringLiteral("Rotate the on-call lead"), 4) == QStringLiteral("Acted on"));
    CHECK(cell(QStringLiteral("Rotate the on-call lead"), 5) == QStringLiteral("Rotation starts in December"));
}

TEST_CASE_METHOD(VoiceFixture, "The status and kind filters narrow the list", "[ui][voice]")
{
    be("Chidi Okonkwo");
    raise(QStringLiteral("An idea"), QStringLiteral("Idea"), false);
    raise(QStringLiteral("A concern"), QStringLiteral("Concern"), true);
    raise(QStringLiteral("A question"), QStringLiteral("Question"), false);
    voice()->showRecord(idOfText("A concern"));
    respond(QStringLiteral("Acknowledged"), QStringLiteral("Heard"));

    auto* page = voice();
    CHECK(settledRows(page->model()) == 3);
    choose(page->statusFilter(), QStringLiteral("Open"));
    CHECK(settledRows(page->model()) == 2);
    CHECK(cell(QStringLiteral("A concern"), 1).isEmpty());
    choose(page->kindFilter(), QStringLiteral("Question"));
    CHECK(settledRows(page->model()) == 1);
    CHECK(cell(QStringLiteral("A question"), 1) == QStringLiteral("Question"));
    choose(page->statusFilter(), QStringLiteral("Acknowledged"));
    CHECK(settledRows(page->model()) == 0);
    choose(page->kindFilter(), QStringLiteral("Any kind"));
    CHECK(settledRows(page->model()) == 1);
    CHECK(cell(QStringLiteral("A concern"), 4) == QStringLiteral("Acknowledged"));
}

TEST_CASE_METHOD(VoiceFixture, "The sidebar and the Go menu reach the Voice and Pulse pages", "[ui][voice][pulse]")
{
    auto* sidebar = workspace().findChild<QListWidget*>();
    REQUIRE(sidebar);
    REQUIRE(sidebar->count() == ui::kPageCount);
    CHECK(sidebar->item(static_cast<int>(ui::PageId::Voice))->text() == QStringLiteral("Voice"));
    CHECK(sidebar->item(static_cast<int>(ui::PageId::Pulse))->text() == QStringLiteral("Pulse"));
    window->showPage(QStringLiteral("voice"));
    CHECK(workspace().currentPage()->pageId() == ui::PageId::Voice);
    window->showPage(QStringLiteral("pulse"));
    CHECK(workspace().currentPage()->pageId() == ui::PageId::Pulse);
}

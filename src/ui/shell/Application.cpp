#include "shell/Application.h"

#include "shell/GuardedApplication.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#ifndef BATON_VERSION
#define BATON_VERSION "0.0.0"
#endif

namespace baton::ui {

namespace {

void describe(QCommandLineParser& parser, const QCommandLineOption& page)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Baton: log decisions, pass the lead and keep commitments as a team."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("teamfile"),
                                 QCoreApplication::translate("main", "A team file to open."),
                                 QStringLiteral("[TEAMFILE]"));
    parser.addOption(page);
}

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Baton"));
    QCoreApplication::setOrganizationName(QStringLiteral("Baton"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("baton.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATON_VERSION));
}

} // namespace

int runApplication(int argc, char** argv)
{
    const QCommandLineOption page(
        QStringLiteral("page"),
        QCoreApplication::translate(
            "main", "Start on this page: overview, decisions, "
                    "initiatives, commitments, people, expertise, leadership, accountability, activity, "
                    "expertise-map, coaching, charter, conflicts, voice or pulse."),
        QStringLiteral("name"));
    // --help and --version answer without a display.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v" || arg == "--help-all") {
            QCoreApplication core(argc, argv);
            nameApplication();
            QCommandLineParser parser;
            describe(parser, page);
            parser.process(core); // prints and exits
        }
    }

    GuardedApplication app(argc, argv);
    nameApplication();
    QApplication::setDesktopFileName(QStringLiteral("org.baton.Baton"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/baton/baton.svg")));

    QCommandLineParser parser;
    describe(parser, page);
    parser.process(app);

    MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(files.first());
    else
        window.reopenLastFile();
    if (parser.isSet(page))
        window.showPage(parser.value(page));
    return QApplication::exec();
}

} // namespace baton::ui

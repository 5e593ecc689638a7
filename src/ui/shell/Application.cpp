#include "shell/Application.h"

#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#ifndef BATON_VERSION
#define BATON_VERSION "0.0.0"
#endif

namespace baton::ui {

int runApplication(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Baton"));
    QApplication::setOrganizationName(QStringLiteral("Baton"));
    QApplication::setOrganizationDomain(QStringLiteral("baton.org"));
    QApplication::setApplicationVersion(QStringLiteral(BATON_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.baton.Baton"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/baton/baton.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Baton: log decisions, pass the lead and keep commitments as a team."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("teamfile"), QApplication::translate("main", "A team file to open."),
                                 QStringLiteral("[TEAMFILE]"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QApplication::translate("main", "Start on this page: overview, decisions, initiatives, "
                                                                  "commitments, people or expertise."),
                                  QStringLiteral("name"));
    parser.addOption(page);
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

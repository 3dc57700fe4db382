#include "CliCommand.h"

#include "storage/Database.h"
#include "storage/Paths.h"

#include <QDir>
#include <QFileInfo>
#include <cstdio>

CliContext::CliContext(QString name, QStringList arguments)
    : m_name(std::move(name))
    , m_arguments(std::move(arguments))
    , m_out(stdout)
    , m_err(stderr)
{
    m_parser.addHelpOption();
    m_parser.addOption({QStringLiteral("db"),
                        tr("The ledger file (default: %1).").arg(QDir::toNativeSeparators(Paths::defaultDatabasePath())),
                        tr("FILE")});
}

bool CliContext::parse(int *exitCode)
{
    if (!m_parser.parse(m_arguments)) {
        *exitCode = usageError(m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        *exitCode = ExitCode::Ok;
        return false;
    }
    // An empty --db (an unset shell variable) must not quietly mean the default ledger file.
    if (m_parser.isSet(QStringLiteral("db")) && m_parser.value(QStringLiteral("db")).isEmpty()) {
        *exitCode = usageError(tr("--db needs a file name."));
        return false;
    }
    if (!m_parser.positionalArguments().isEmpty()) {
        *exitCode = usageError(tr("Unexpected argument \"%1\"; see --help.").arg(m_parser.positionalArguments().first()));
        return false;
    }
    return true;
}

QString CliContext::databasePath() const
{
    const QString path = m_parser.value(QStringLiteral("db"));
    return path.isEmpty() ? Paths::defaultDatabasePath() : path;
}

std::unique_ptr<Database> CliContext::openDatabase(bool readOnly)
{
    const QString path = databasePath();
    if (!readOnly) {
        const QDir folder = QFileInfo(path).absoluteDir();
        if (!folder.exists() && !QDir().mkpath(folder.absolutePath())) {
            fail(tr("Cannot create the folder \"%1\".").arg(QDir::toNativeSeparators(folder.absolutePath())));
            return nullptr;
        }
    } else if (!QFileInfo::exists(path)) {
        fail(tr("The ledger file \"%1\" does not exist; create it with \"init\".").arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    auto result = Database::open(path, readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    if (!result.status) {
        fail(result.status.message());
        return nullptr;
    }
    const QStringList notices = result.database->notices();
    for (const QString &notice : notices)
        m_err << "liaison-ledger-cli " << m_name << ": " << notice << Qt::endl;
    if (!result.database->damage().isEmpty()) {
        // A damaged file is never written to; reading commands still work on what is left.
        if (!readOnly) {
            fail(result.database->damage());
            return nullptr;
        }
        m_err << "liaison-ledger-cli " << m_name << ": " << result.database->damage() << Qt::endl;
    }
    return std::move(result.database);
}

int CliContext::fail(const QString &message, int code)
{
    QString oneLine = message;
    oneLine.replace(QLatin1Char('\n'), QLatin1String("; "));
    m_err << "liaison-ledger-cli " << m_name << ": " << oneLine << Qt::endl;
    return code;
}

bool CliContext::intOption(const QString &option, int *value, int min, int max, bool required)
{
    if (!m_parser.isSet(option)) {
        if (required) {
            usageError(tr("--%1 is required; see --help.").arg(option));
            return false;
        }
        return true;
    }
    bool ok = false;
    const qlonglong v = m_parser.value(option).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        usageError(tr("--%1 must be a whole number from %2 to %3, not \"%4\".")
                       .arg(option)
                       .arg(min)
                       .arg(max)
                       .arg(m_parser.value(option)));
        return false;
    }
    *value = static_cast<int>(v);
    return true;
}

namespace CliRegistry {

static std::vector<CliCommand> &registry()
{
    static std::vector<CliCommand> commands;
    return commands;
}

bool add(const CliCommand &command)
{
    registry().push_back(command);
    return true;
}

const std::vector<CliCommand> &all()
{
    return registry();
}

} // namespace CliRegistry

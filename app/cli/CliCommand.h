#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <functional>
#include <memory>

class Database;

/// Exit codes of liaison-ledger-cli: a public interface that scripts depend on.
namespace ExitCode {
constexpr int Ok = 0;
constexpr int Failure = 1;
constexpr int Usage = 2;
constexpr int PartlyRejected = 3;  ///< import: some rows were rejected
} // namespace ExitCode

/// What a subcommand gets: its own parser (with the common --db option already added), the
/// arguments, and streams. Subcommands register themselves with LL_CLI_COMMAND in their own file.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)
public:
    CliContext(QString name, QStringList arguments);

    const QString &name() const { return m_name; }
    QCommandLineParser &parser() { return m_parser; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    /// Parses the arguments; on --help prints help and returns Ok through `exitCode`, on a usage
    /// error prints one line and returns Usage. Returns true when the command should go on.
    bool parse(int *exitCode);
    /// The --db value, or the per-user default file.
    QString databasePath() const;
    /// Opens the database for writing or reading; on failure prints the reason and returns nullptr.
    std::unique_ptr<Database> openDatabase(bool readOnly = false);

    /// Prints "liaison-ledger-cli <command>: <message>" on stderr and returns `code`.
    int fail(const QString &message, int code = ExitCode::Failure);
    int usageError(const QString &message) { return fail(message, ExitCode::Usage); }

    /// An integer option; on a bad value prints a usage error and returns false.
    bool intOption(const QString &option, int *value, int min, int max, bool required);

private:
    QString m_name;
    QStringList m_arguments;
    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
};

struct CliCommand
{
    QString name;
    const char *summary;   ///< translatable (context "CliCommand"), mark with QT_TRANSLATE_NOOP
    std::function<void(CliContext &)> setup;   ///< adds the command's options and description
    std::function<int(CliContext &)> run;
};

namespace CliRegistry {
bool add(const CliCommand &command);
const std::vector<CliCommand> &all();
} // namespace CliRegistry

#define LL_CLI_CONCAT_(a, b) a##b
#define LL_CLI_CONCAT(a, b) LL_CLI_CONCAT_(a, b)
/// Registers a subcommand from its own .cpp file.
#define LL_CLI_COMMAND(...) \
    static const bool LL_CLI_CONCAT(s_registered_, __LINE__) = CliRegistry::add(CliCommand{__VA_ARGS__})

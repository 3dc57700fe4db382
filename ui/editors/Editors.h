#pragma once

#include <QtGlobal>

class Database;
class QWidget;

/// The record editors, as the main window opens them. Each opens a modal form for record `id`
/// (0 = a new record) and returns true when something was written to the file (the caller then
/// refreshes its lists and counts).
namespace Editors {
bool openDeputy(Database &db, qint64 id, QWidget *parent);
/// A new appeal is received by `defaultDeputyId` (0: by the clerk alone) unless the clerk changes it.
bool openAppeal(Database &db, qint64 id, qint64 defaultDeputyId, QWidget *parent);
/// A new suggestion is led by `defaultDeputyId` unless the clerk changes it.
bool openSuggestion(Database &db, qint64 id, qint64 defaultDeputyId, QWidget *parent);
/// A follow-up visit of appeal `appealId` or suggestion `suggestionId` (for a new visit; with both 0
/// the clerk enters the appeal's number). Recording it moves the appeal on (closed, or reopened).
bool openFollowUpVisit(Database &db, qint64 id, qint64 appealId, qint64 suggestionId, QWidget *parent);
/// A new activity lists `defaultDeputyId` among its participants (0: nobody yet).
bool openActivity(Database &db, qint64 id, qint64 defaultDeputyId, QWidget *parent);
/// An enterprise link (一包二) of `deputyId` (for a new link), with its visits.
bool openEnterpriseLink(Database &db, qint64 id, qint64 deputyId, QWidget *parent);
/// The constituency profile `id`, or for id 0 the one of `deputyId` and `year` (opened if it exists,
/// else a new one).
bool openProfile(Database &db, qint64 id, qint64 deputyId, int year, QWidget *parent);
} // namespace Editors

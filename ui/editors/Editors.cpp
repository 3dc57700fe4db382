#include "editors/Editors.h"

#include "editors/ActivityForm.h"
#include "editors/AppealForm.h"
#include "editors/DeputyForm.h"
#include "editors/EnterpriseLinkForm.h"
#include "editors/FollowUpVisitForm.h"
#include "editors/ProfileForm.h"
#include "editors/SuggestionForm.h"

namespace Editors {

bool openDeputy(Database &db, qint64 id, QWidget *parent)
{
    DeputyForm form(db, id, parent);
    form.exec();
    return form.wasSaved();
}

bool openAppeal(Database &db, qint64 id, qint64 defaultDeputyId, QWidget *parent)
{
    AppealForm form(db, id, defaultDeputyId, parent);
    form.exec();
    return form.wasSaved();
}

bool openFollowUpVisit(Database &db, qint64 id, qint64 appealId, qint64 suggestionId, QWidget *parent)
{
    FollowUpVisitForm form(db, id, appealId, suggestionId, parent);
    form.exec();
    return form.wasSaved();
}

bool openSuggestion(Database &db, qint64 id, qint64 defaultDeputyId, QWidget *parent)
{
    SuggestionForm form(db, id, defaultDeputyId, parent);
    form.exec();
    return form.wasSaved();
}

bool openActivity(Database &db, qint64 id, qint64 defaultDeputyId, QWidget *parent)
{
    ActivityForm form(db, id, defaultDeputyId, parent);
    form.exec();
    return form.wasSaved();
}

bool openEnterpriseLink(Database &db, qint64 id, qint64 deputyId, QWidget *parent)
{
    EnterpriseLinkForm form(db, id, deputyId, parent);
    form.exec();
    return form.wasSaved();
}

bool openProfile(Database &db, qint64 id, qint64 deputyId, int year, QWidget *parent)
{
    ProfileForm form(db, id, deputyId, year, parent);
    form.exec();
    return form.wasSaved();
}

} // namespace Editors

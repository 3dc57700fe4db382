#include "editors/Editors.h"

#include "editors/AppealForm.h"
#include "editors/DeputyForm.h"
#include "editors/FollowUpVisitForm.h"

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

} // namespace Editors

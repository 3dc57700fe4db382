#include "editors/Editors.h"

#include "editors/DeputyForm.h"

namespace Editors {

bool openDeputy(Database &db, qint64 id, QWidget *parent)
{
    DeputyForm form(db, id, parent);
    form.exec();
    return form.wasSaved();
}

} // namespace Editors

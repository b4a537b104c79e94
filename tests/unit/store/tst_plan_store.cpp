#include "tests/support/test_main.h"
class Placeholder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pending() { QSKIP("not written yet"); }
};
HELIOS_TEST_MAIN(Placeholder)
#include "tst_plan_store.moc"

#include "core/domain/error.h"

#include <QCoreApplication>

namespace helios {

Error Error::cancelled()
{
    return {Kind::Cancelled, QCoreApplication::translate("helios", "Cancelled.")};
}

int exitCodeFor(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Usage:
    case Error::Kind::NotFound:
        return 2;
    case Error::Kind::Provider:
        return 3;
    case Error::Kind::Validation:
        return 4;
    case Error::Kind::Storage:
        return 5;
    case Error::Kind::Cancelled:
        return 130;
    }
    return 1;
}

} // namespace helios

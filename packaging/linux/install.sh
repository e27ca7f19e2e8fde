#!/bin/sh
# Install Career Explorer from this unpacked archive.
#
#   sudo ./install.sh              for every user: /opt/career-explorer, a
#                                  career-explorer command in /usr/local/bin, the
#                                  menu entry and icon in /usr/local/share
#   ./install.sh --user            for yourself: ~/.local/opt/career-explorer, ~/.local/bin,
#                                  ~/.local/share
#   sudo ./install.sh --uninstall  (or --user --uninstall) removes what it installed
#
# The program writes nothing to its install folder, which may be read-only.
# Machine-wide defaults for administrators: /etc/career-explorer/defaults.ini
# (see README.md in this folder).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
scope=system
action=install
for arg in "$@"; do
    case "$arg" in
        --user) scope=user ;;
        --uninstall) action=uninstall ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
    esac
done

if [ "$scope" = user ]; then
    prefix="${HOME}/.local"
    target="${prefix}/opt/career-explorer"
else
    prefix=/usr/local
    target=/opt/career-explorer
fi
bin="${prefix}/bin"
share="${prefix}/share"

if [ "$action" = uninstall ]; then
    rm -rf "$target"
    rm -f "${bin}/career-explorer" "${share}/applications/career-explorer.desktop"
    for size in 16 24 32 48 64 128 256; do
        rm -f "${share}/icons/hicolor/${size}x${size}/apps/career-explorer.png"
    done
    rm -f "${share}/icons/hicolor/scalable/apps/career-explorer.svg"
    echo "Career Explorer removed from ${target}"
    exit 0
fi

mkdir -p "$target" "$bin" "${share}/applications"
rm -rf "${target:?}/"*
cp -a "${here}/career-explorer" "${here}/_internal" "$target/"
chmod -R u+w,a+rX,go-w "$target"
ln -sf "${target}/career-explorer" "${bin}/career-explorer"
for size in 16 24 32 48 64 128 256; do
    mkdir -p "${share}/icons/hicolor/${size}x${size}/apps"
    cp "${here}/_internal/resources/career-explorer-${size}.png" \
        "${share}/icons/hicolor/${size}x${size}/apps/career-explorer.png"
done
mkdir -p "${share}/icons/hicolor/scalable/apps"
cp "${here}/_internal/resources/career-explorer.svg" "${share}/icons/hicolor/scalable/apps/"
sed "s|^Exec=.*|Exec=${target}/career-explorer|; s|^TryExec=.*|TryExec=${target}/career-explorer|" \
    "${here}/career-explorer.desktop" > "${share}/applications/career-explorer.desktop"
command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "${share}/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && gtk-update-icon-cache -q -t "${share}/icons/hicolor" || true
echo "Career Explorer installed in ${target}; run career-explorer or find it in the menu"

"""IPPC Cooperation Explorer: an offline reference to the IPPC Secretariat's partners."""

__version__ = "0.1.0"
APP_NAME = "IPPC Cooperation Explorer"
APP_NAME_ZH = "《国际植保公约》合作伙伴浏览器"
APP_ID = "ippc-coop"
ORG_NAME = "IPPC Cooperation Explorer"

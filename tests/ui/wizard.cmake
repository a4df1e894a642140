# The account wizard, driven headless (offscreen) against the mail sandbox and a private keychain.
epistle_add_test(NAME ui.AccountWizard SOURCES tst_AccountWizard.cpp LIBS epistle_ui SANDBOX KEYCHAIN TIMEOUT 300)
epistle_add_test(NAME ui.AccountWizardWithoutKeychain SOURCES tst_AccountWizardWithoutKeychain.cpp LIBS epistle_ui SANDBOX)

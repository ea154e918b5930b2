"""probe72 corpus notes, Y15-Y20 (intensive-care progress notes; all invented)."""

Y15 = {"patient_id": "Y15", "age": 69, "sex": "F", "notes": [
("2018-03-08", "MICU Admission Note", """
MICU admission  3/8/18
69F ESRD on HD (R IJ permcath, AVF failed), T2DM on insulin - husband gives her Lantus every evening into the left outer thigh for the past year, obese BMI 35.2, no warfarin.
Admitted from HD unit: hypotension 68/30, T 38.6, confusion.
L lateral thigh, where the insulin goes: dusky 10 x 7 cm plaque, black in the middle, woody edges, no crepitus, livedo spreading toward the knee. Husband says it appeared about 12 days ago and has grown fast.
Neuro: encephalopathic, no focal deficits.
CV: NE 0.2, vaso 0.04, lactate 6.
Resp: intubated in ED.
Renal: CRRT.
ID: vanc/mero/clinda.
Imp: necrotizing soft tissue infxn vs calciphylaxis at insulin site - surgery STAT, derm.
"""),
("2018-03-09", "MICU Progress Note", """
HD#2. Surgery: CT w/o gas, no fascial involvement on bedside finger test; think calciphylaxis more likely than NSTI but cannot exclude - no OR. Derm recommends deep wedge bx to settle it. Pressors escalating (NE 0.35, vaso, epi). Family meeting held - given multiorgan failure her husband and daughters do not want biopsy or surgery; goals shifted toward comfort.
Insulin now IV only.
"""),
("2018-03-11", "MICU Death Note", """
Pronounced 04:12 3/11/18 after terminal extubation 3/10 with family at bedside. Cause: septic shock w/ multiorgan failure; source suspected L thigh necrotic wound (calciphylaxis vs necrotizing infection - never biopsied, autopsy declined). ME not notified (natural).
"""),
]}

Y16 = {"patient_id": "Y16", "age": 57, "sex": "M", "notes": [
("2021-04-19", "MICU Progress Note", """
MICU Progress HD#3
57M CKD stage 4 (eGFR 18; nephrology following, RRT not yet indicated), T2DM on insulin glargine (pt injects abd), obesity BMI 30.2, no anticoagulants.
Pneumococcal septic shock.
Neuro: sedated fent/midaz.
CV: NE 0.45, vaso 0.04, phenylephrine added overnight.
Resp: APRV.
Renal: oliguric, Cr 4.6, bicarb gtt.
ID: ceftriaxone + vanc, BCx S. pneumo.
Skin: new retiform purpura lower abdomen and proximal thighs (both sides), plus dusky fingertips bilat (pressor related?).
A/P skin: ddx purpura fulminans / DIC vs pressor-induced ischemia vs calciphylaxis. Fibrinogen 90, plt 41 - DIC labs suggestive. Derm asked.
"""),
("2021-04-23", "MICU Progress Note", """
MICU HD#7
Pressors weaned off 4/21. DIC improving (fibrinogen 210).
Abdominal/thigh purpura now forming eschar centrally; fingertips demarcating (dry gangrene of 3 digits R hand).
Derm bx abdomen 4/22: epidermal necrosis and thrombi; von Kossa equivocal - "focal stippling, cannot exclude calciphylaxis; not diagnostic". Deeper bx recommended.
Plan: deeper wedge bx Monday.
"""),
("2021-04-26", "MICU Transfer Note", """
MICU transfer note - pt transferred today to St. Aldric University Hosp burn/wound unit at family request before repeat biopsy could be done.
Working dx for the abdominal and thigh eschars: purpura fulminans vs calciphylaxis (possible), not resolved. Digital gangrene R hand from vasopressors - hand surgery to follow there.
BMI at transfer 30.2. Insulin via SC basal-bolus.
"""),
]}

Y17 = {"patient_id": "Y17", "age": 64, "sex": "F", "notes": [
("2022-01-17", "MICU Progress Note", """
MICU HD#4 - 64F ESRD on PD (CCPD), mechanical AVR (warfarin), non-diabetic, BMI 28.4, admitted for C diff colitis + shock, now off NE.
Skin: R buttock: ulcer 5 x 4 cm, black base, violaceous surrounding skin, pain out of proportion; pt says present ~3 wks at home before admission.
A/P: R buttock ulcer - stage 4 pressure injury vs calciphylaxis (ESRD, warfarin). Offload, WOC, derm.
"""),
("2022-01-19", "Dermatology Consult Note", """
Derm consult
Exam: R buttock ulcer w/ stellate necrotic center and retiform purpura at margin; other buttock spared.
Impression: concerning for calciphylaxis; pressure ulcer less likely given location off bony prominence. Recommend telescoping punch bx.
Pt and her son decline biopsy (fear of non-healing). Discussed that without tissue the dx stays clinical suspicion only.
"""),
("2022-01-24", "MICU Transfer Summary", """
Transfer to LTACH (Holloway Ridge).
Problem: R buttock ulcer, possible calciphylaxis - never biopsied (declined). Started sodium thiosulfate empirically with PD, team to reassess. Warfarin continued (mech valve) - LTACH MD to revisit w/ cards. Wt 74 kg, BMI 28.4.
"""),
]}

Y18 = {"patient_id": "Y18", "age": 72, "sex": "M", "notes": [
("2020-07-02", "CCU Progress Note", """
CCU progress, day 2 post cath
72M CKD 3b (Cr 2.0, no dialysis), T2DM (glipizide; never insulin), BMI 26.0, not on warfarin. NSTEMI -> cath via R femoral 6/30, PCI LCx; hypotension post-procedure (RP bleed ruled out).
CV: dopamine 5 weaned off this AM.
Renal: Cr 2.4 (contrast).
Skin: bilateral feet: new livedo reticularis of soles and toes, painful dusky L 2nd + 3rd toes. Groin access site without hematoma.
Assessment: blue toes post cath - cholesterol emboli vs r/o calciphylaxis (less likely, not ESRD). Eos, derm.
"""),
("2020-07-06", "Dermatology Consult Note", """
Derm
Bx L foot (dorsum, livedo area): biconvex cholesterol clefts lodged in small arterioles; vessel walls not calcified and the von Kossa stain is negative.
Diagnosis is atheroembolic disease (cholesterol emboli); calciphylaxis is excluded.
Recs: statin, supportive foot care, avoid further arterial procedures if possible.
"""),
("2020-07-09", "CCU Transfer Note", """
To tele. Toes: L 2nd toe dry eschar tip, demarcated. Eos 9%. Cr 2.6 plateau; nephro: atheroemboli, no RRT now. Derm sign-off - cholesterol emboli, not calciphylaxis.
"""),
]}

Y19 = {"patient_id": "Y19", "age": 39, "sex": "F", "notes": [
("2023-10-11", "MICU Admission Note", """
MICU H&P
39F T1DM since childhood on insulin pump (Omnipod, pod on the abdomen/arms), CKD 2 (eGFR 74, microalbuminuria), no anticoag, BMI 21.4. DKA after pod failure: pH 6.98, AG 31.
FHx: her mother, a hemodialysis patient, died in 2015 of calciphylaxis (leg wounds); father CAD.
Neuro: lethargic, GCS 14.
CV: HR 128, MAP 62 after 3 L -> improved.
Resp: Kussmaul, no O2.
Renal: AKI on CKD, Cr 1.9 from 1.0, making urine.
Endo: insulin gtt + D5 when BG <250, K repletion.
Skin: intact. Pod site L upper arm clean.
"""),
("2023-10-12", "MICU Progress Note", """
DKA resolved overnight, AG 11. Pod restarted by diabetes educator. Cr 1.3. Pt anxious about her kidneys because of "what happened to mom" - reassured, her kidney function is near normal; explained calciphylaxis is almost always a dialysis-related condition.
Skin: small stage 1 device-related pressure injury at R nare from NG tube, tube removed.
"""),
("2023-10-13", "MICU Transfer Note", """
Transfer to floor. No skin lesions except healing R nare redness. Diabetes education completed. Follow-up endocrine 2 wks, nephrology 3 mo.
"""),
]}

Y20 = {"patient_id": "Y20", "age": 61, "sex": "M", "notes": [
("2019-05-27", "MICU Progress Note", """
MICU HD#2 (Memorial Day)
61M, ESRD, dialyzes in-center M/W/F, atrial fib anticoagulated with warfarin (supratherapeutic INR 6.8 on arrival), no DM (A1c 5.4), obesity BMI 37.0. Admitted with upper GI bleed, Hgb 5.9.
24h: 4 u PRBC, 2 u FFP, Kcentra; EGD: Forrest IIa duodenal ulcer clipped.
Neuro: intact.
CV: no pressors now.
Resp: RA.
Renal: HD tomorrow, heparin-free.
GI: PPI gtt.
Heme: warfarin held.
Skin: full skin check intact; no wounds, no purpura.
"""),
("2019-05-29", "MICU Progress Note", """
MICU HD#4. Hgb stable x 48h. Nephrology and cardiology discussed anticoagulation: with ESRD + obesity + warfarin he is at high risk for calciphylaxis, so warfarin will be stopped and apixaban started once GI cleared. Counselled him: avoid SC injections into the belly/thighs, no heat pads, no ice on his skin; if painful purple patches develop, tell HD staff - derm referral. Skin intact today.
"""),
]}

PATIENTS = [Y15, Y16, Y17, Y18, Y19, Y20]

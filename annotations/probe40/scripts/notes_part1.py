"""probe40 corpus notes, B01-B07 (outpatient dermatology, terse SOAP; all invented)."""

B01 = {"patient_id": "B01", "age": 63, "sex": "F", "notes": [
("2020-02-10", "Dermatology New Patient", """
DERM NEW PT - Lakeshore Skin Assoc.
CC: "sore spot on my belly"
S: 63F w/ ESRD on HD MWF (Tidewater unit), DM2 on glargine 30u qhs + lispro SS. Pt reports tender hard area L lower abd, first noticed 2/3/20, now w/ dark center. Pt started insulin at hosp d/c on 8/12/2019 and admits she injects "pretty much always the same place, left side under the belly button" - righty, easiest reach. No fever. Never on coumadin.
O: BMI 33.6. LLQ abd: 3.5 x 2 cm indurated violaceous plaque, stellate purpuric border, 8mm central black eschar. Exquisitely ttp. R abd w/o lesions. Photos x3 to media.
A: painful necrotic plaque LLQ at insulin site, HD pt -- r/o calciphylaxis; ddx necrotizing injection rxn, fat necrosis.
P: 4mm punch bx from edge today (see proc note). Told to move insulin to R thighs for now. Wound care: vaseline + nonadherent. RTC 2 wks, sooner prn.
"""),
("2020-02-14", "Surgical Pathology Report", """
SURGICAL PATHOLOGY
Specimen: skin, LLQ abdomen, punch (4 mm)
Clinical hx: ESRD, ?calciphylaxis
Micro: epidermis w/ focal ulceration. Subcutaneous fat w/ circumferential mural calcium in small arterioles, several intraluminal fibrin thrombi; lobular fat necrosis present. VK stain highlights vessel wall deposits.
DIAGNOSIS: Calcific uremic arteriolopathy (calciphylaxis).
"""),
("2020-02-24", "Dermatology Follow-up", """
f/u - calciphylaxis LLQ abd
Path back: CUA. Photos reviewed side by side w/ 2/10 set. Reviewed w/ pt + daughter. Lesion sits squarely on her old insulin spot, likely trauma-triggered (Koebner). Eschar now 1.1 cm, rim less violaceous. Pain 6/10 on gabapentin 100 qhs.
Wt down, BMI 33.1.
Nephro (Dr Vantongeren) aware -> STS 25g IV w/ each HD started 2/19. Wound RN weekly.
P: NO further injections into abd; R/L thighs rotating. Photo today. RTC 3-4 wk.
"""),
]}

B02 = {"patient_id": "B02", "age": 71, "sex": "M", "notes": [
("2021-01-12", "Dermatology Consult", """
Derm consult, outpt, ref by PD clinic RN
71M, ESRD (IgA nephropathy), CCPD x3 yrs. Mech AVR - warfarin (target 2.5-3.5). No DM.
HPI: chronic LBP, every night sleeps w/ an electric heating pad pressed to his R side "since October". On New Year's Day wife saw a mottled purple patch R flank; it turned black in the middle over ~1 wk, extremely painful.
Exam: R flank (midaxillary, above iliac crest): 6x4cm retiform purpuric plaque, dusky necrotic center; faint reticulated brown erythema surrounding (ab igne pattern). L flank clear. BMI 27.2.
Proc: incisional bx (wedge ~1.5 x 0.5 cm into fat) R flank, edge of plaque, consent signed, lido w/ epi, 3 simple 4-0 nylon, hemostasis good.
Imp: calciphylaxis suspected, PD + warfarin, heat exposure site. DDx warfarin necrosis, vasculitis.
Plan: heating pad OFF permanently. Path pending.
"""),
("2021-01-15", "Pathology", """
Specimen R flank, incisional.
Findings: dermal and septal small vessel calcification with thrombosis, extensive fat necrosis, neutrophilic debris. Dx: CALCIPHYLAXIS. Overlying dermis w/ changes of EAI (erythema ab igne).
"""),
("2021-02-09", "Dermatology Follow-up", """
RTC calciphylaxis R flank (bx proven 1/15)
Interval: PD team started STS, warfarin -> apixaban discussion w/ cardiology (mech valve, so staying on warfarin for now).
Pt confirms no heat since Jan visit. Sutures out today.
Exam: eschar stable 4.5 cm, no new lesions elsewhere.
A/P: CUA at chronic heating pad site R flank. Cont STS, wound care q2d. f/u 1 mo.
"""),
]}

B03 = {"patient_id": "B03", "age": 58, "sex": "F", "notes": [
("2019-06-11", "Dermatology Clinic Note", """
S: 58 yo F, HD since 2017 (TThS), DM2 on diet alone, A1c 6.6, morbid obesity BMI 41.3. PCP started compression wraps to LLE for edema 5 weeks ago, wears them 7a-9p daily, says the top band "digs in" just below the knee. Painful spots under that band started 3 weeks ago.
O: L calf, proximal, circumferential line of indentation; 3 stellate ulcers w/ black eschar 1-2.5 cm along band line, surrounding livedo racemosa. R leg: trace edema, no lesions (no wrap on R).
A: necrotic ulcers L calf at compression band - calciphylaxis high on ddx vs pressure injury.
P: remove wraps. Punch bx x1 scheduled Friday (pt had to leave for HD). Elevation. Photo.
"""),
("2019-06-14", "Procedure Note / Path", """
PROCEDURE: punch biopsy, 5 mm, L proximal calf at margin of livedo/eschar. Verbal + written consent. Time-out. 1% lido. Gelfoam, 1 stitch 4-0. EBL minimal.
PATH (prelim phoned 6/17): medium and small vessel medial calcification in subcutis w/ thrombi, fat necrosis -> calciphylaxis.
"""),
("2019-07-02", "Dermatology Follow-up", """
F/U LLE calciphylaxis.
ROS neg except per HPI. Pt reports pain a bit better since wraps stopped. HD unit on STS 3x/wk + cinacalcet.
Exam L calf ulcers cleaner, largest 2.2 cm, no new lesions.
Imp: calciphylaxis L lower leg exactly under former compression band. Likely Koebnerized by pressure.
Plan: no compression L leg; alt edema plan per PCP. wound clinic referral sent.
"""),
]}

B04 = {"patient_id": "B04", "age": 66, "sex": "M", "notes": [
("2020-01-08", "Dermatology New Consult", """
New consult - gen surg referral
66 y/o M. CKD stage 4 (eGFR 17), fistula maturing, not yet on dialysis. DM2 on NPH 20u bid. BMI 30.0, obesity. No anticoag.
Hx: s/p R inguinal hernia repair (open, mesh) on 12/03/2019, uneventful post-op course. On Christmas Eve he noticed the incision getting purple and "burning", now a black crust along part of the scar.
Exam: R groin, along healed 8 cm incision: 5 x 2 cm dusky indurated plaque w/ overlying eschar, retiform purpura at lateral edge. Not fluctuant. Contralateral groin normal.
Imp: necrotic plaque in surgical scar - ddx calciphylaxis (non-dialysis), wound infection, mesh rxn.
Plan: incisional bx today (sep note). CT abd/pelvis per surg.
"""),
("2020-01-08", "Procedure Note", """
Incisional biopsy, R groin.
Site marked, consented. Prep chlorhexidine. Lido 1% w/ epi 4 cc. Elliptical incisional specimen 1.2 cm x 4 mm to subcutis from lateral plaque edge. Closed 4-0 prolene x2. Pt tol well. Specimen to path.
"""),
("2020-01-13", "Pathology Report", """
Final dx: skin and subcutis, right groin - calciphylaxis (vascular calcification with intimal hyperplasia and thrombi, septal panniculitis w/ fat necrosis). No organisms on GMS/gram.
"""),
("2020-02-20", "Dermatology Follow-up", """
F/U CUA R groin (in hernia scar).
Since last: started HD via R arm AVF 2/4/20 (now ESRD), STS w/ HD. Still on NPH.
Exam: eschar 4 x 1.5 cm, edges stable. No new sites.
A: biopsy-proven calciphylaxis arising in recent surgical incision R groin.
P: gentle debridement by wound clinic, no sharp debridement by us. RTC 6 wk.
"""),
]}

B05 = {"patient_id": "B05", "age": 77, "sex": "F", "notes": [
("2023-01-25", "Dermatology Visit", """
Chief complaint: painful purple spot R thigh.
HPI: 77F on in-center HD (since 2016). Slipped on icy driveway New Year's Eve, landed on R side, large bruise R lateral thigh that was fading, then on 1/16/23 a very painful hard area developed inside the bruise. Hx afib, was on warfarin until 2018, now apixaban. No DM.
Exam: R lateral thigh: indurated purple-black plaque 7x5cm w/ netlike edge, yellow-green residual ecchymosis inferiorly. BMI 24.1.
Impression: r/o calciphylaxis at post-traumatic site vs expanding hematoma/fat necrosis.
Plan: 6 mm punch today, ultrasound to exclude hematoma.
"""),
("2023-01-30", "Surgical Pathology", """
Right lateral thigh, punch: Subcutaneous arterioles w/ calcium deposition in the media (von Kossa +), luminal thrombi, ischemic fat necrosis. Hemosiderin in dermis. DIAGNOSIS: consistent w/ calciphylaxis.
"""),
("2023-02-14", "Dermatology Follow-up", """
RTC. US 1/27: no drainable collection. Path c/w calciphylaxis.
R lat thigh plaque now ulcerated centrally 2 cm. Pain controlled w/ hydromorphone low dose.
Imp: calciphylaxis R lateral thigh, onset in area of fall bruise (12/31/22).
STS via HD unit. Nutrition consult. RTC 3 wk.
"""),
]}

B06 = {"patient_id": "B06", "age": 54, "sex": "M", "notes": [
("2023-07-18", "Dermatology New Patient", """
CC: "sores on my stomach"
54M, PD (nightly cycler) since 2021. DM2 - glipizide only, never insulin. Obese, BMI 36. On enoxaparin shots since 6/2023 for L femoral DVT - pt gives them himself alternating L and R sides of abd, being bridged to warfarin (INR 1.6 today).
Onset: first painful spot on the 4th of July, now several.
Exam: periumbilical abd bilat: 4 violaceous indurated plaques 1-3 cm, two w/ central black eschar, all at needle marks w/ surrounding bruising.
A: r/o calciphylaxis (enoxaparin inj sites) vs heparin-induced necrosis (HIT-assoc).
P: 4mm punch R periumbilical; plt count/HIT Ab; hematology aware.
"""),
("2023-07-21", "Pathology", """
Abdomen, right periumbilical, punch biopsy:
- Small subcutaneous vessels calcified, lumina thrombosed; adipose necrosis. Diagnostic: calciphylaxis.
- No leukocytoclastic vasculitis.
"""),
("2023-07-24", "Telephone Encounter", """
Called pt w/ results: bx = calciphylaxis. HIT Ab neg. Spoke w/ heme: stop enox now, INR therapeutic 2.3 on warfarin today. PD nurse to start STS intraperitoneal? -> nephro to decide. Pt verbalized understanding.
"""),
("2023-08-15", "Dermatology Follow-up", """
f/u calciphylaxis abd (L + R periumbilical), bx proven.
Pt off enoxaparin since 7/24. On warfarin for DVT, nephro asking to switch to apixaban.
Exam: 4 plaques, 2 w/ stable eschar, no new. Wt 109 kg, BMI 35.2.
A/P: CUA at former enoxaparin sites both sides of abd. cont IV STS (outpt infusion), wound care. RTC 4 wk.
"""),
]}

B07 = {"patient_id": "B07", "age": 69, "sex": "F", "notes": [
("2023-01-20", "Dermatology Clinic", """
69 yo F, HD 3x/wk (R IJ permcath), DM2 on degludec (injects both upper arms), BMI 31.8.
HPI: L knee OA, ices the L knee w/ gel ice packs 3-4x daily since last fall. Developed a painful purplish patch on the inner L knee last month, now w/ black scab.
PE: L medial knee - firm retiform purpura 4x3cm w/ 1.5cm eschar centrally. R knee nl. Arms: lipohypertrophy, no necrosis.
A: probable calciphylaxis at cryotherapy site. Warfarin - never.
P: 4 mm punch bx medial L knee done (lido, 1 suture). Stop ice.
"""),
("2023-01-26", "Pathology", """
Skin/subcutis L medial knee: vascular calcification, thrombosis, necrotic adipose tissue. Consistent with calciphylaxis.
"""),
("2023-02-16", "Dermatology Follow-up", """
F/U - calciphylaxis L knee confirmed on bx.
Pt has stopped the ice. Pain 4/10. Eschar unchanged 1.5 cm. New livedo? no. BMI 31.2.
Assessment: calciphylaxis, L medial knee, in area iced daily x months.
Plan: STS at HD, local wound care, PT for knee w/o cold therapy. RTC 1 mo w/ photo.
"""),
]}

PATIENTS = [B01, B02, B03, B04, B05, B06, B07]

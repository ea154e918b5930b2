"""probe139 corpus notes, A08-A14 (burn unit, plastic and reconstructive surgery, and the clinics around them; all invented)."""

A08 = {"patient_id": "A08", "age": 51, "sex": "F", "notes": [
("2016-06-07", "Plastic Surgery Consult", """
PLASTIC & RECONSTRUCTIVE SURGERY - NEW CONSULT
Ref: Transplant nephrology (Dr. Weintraub) -- "pannus precluding transplant listing"

HPI: 51 yo woman; ESRD, hemodialysis since 2013 via L radiocephalic AVF; DM2 on insulin; HTN.
Lost 31 kg over 2 yrs w/ dietitian; transplant surgery will not list her because the pannus
hangs to mid-thigh and would overlie the allograft incision. Chronic intertrigo under the
pannus, 2 episodes of cellulitis in 2015.
Insulin: detemir 30u twice a day, self-injected into the posterior arms, alternating (she cannot
see or reach under the belly).
No anticoagulants.

Exam: Wt 121.7 kg, Ht 164.8 cm, BMI 44.8. Grade 3 pannus, macerated inframammary and
infrapannicular folds, candidal satellite lesions. No hernia on cough.

Assessment: symptomatic pannus, class III obesity, transplant candidacy.
Plan: panniculectomy (functional, not abdominoplasty) -- discussed risks: wound dehiscence,
seroma, infection, skin necrosis, DVT, poor healing given ESRD/DM. Nystatin powder now.
Preop: A1c < 8, cardiology clearance, HD day before surgery. Tentative OR date late August.
"""),
("2016-08-23", "Operative Report - Plastic Surgery", """
OPERATIVE NOTE

Date: 08/23/2016
Procedure: Panniculectomy, 8.4 kg specimen
Surgeon: T. Marchetti, MD. Assist: PGY-3
Anesthesia: general ETT. EBL 250 mL. IVF 1200 mL (limited, ESRD).

Indication: symptomatic pannus in HD patient seeking transplant listing.

Technique: Preop markings standing. Low transverse elliptical excision from R ASIS to L ASIS
along the suprapubic crease, superior incision at the level just below the umbilicus
(umbilicus preserved, not transposed). Dissection at the level of Scarpa's to fascia,
specimen removed en bloc. Hemostasis with cautery. Two 15 Fr JP drains placed through
separate stab incisions, one R and one L lower abdomen. Layered closure: 0 PDO for Scarpa,
interrupted 3-0 Monocryl dermal, then 4-0 subcuticular run. Skin glue with Prineo mesh.
Abdominal binder applied in OR.

Complications: none. To PACU extubated, stable.
Postop: binder on at all times x 6 wks except shower; HD POD1; strip drains q shift.
"""),
("2016-10-04", "Plastic Surgery Postoperative Visit", """
Plastics postop visit, 6 wks

S: 51F s/p panniculectomy 8/23. Drains out 9/6. Wearing the binder around the clock as told.
Since mid-September she has had severe pain at the L end of the scar, "just where the lower
hem of that binder sits", and the skin there went purple and then black. HD unit noted a phos
of 7.9 last wk.

O: Afebrile. BP 150/88. Incision healed centrally and on R. L lateral end of the transverse
incision, L lower abdomen: 7x3cm black eschar straddling the incision with a
violaceous, indurated, netlike border extending 3 cm cephalad and caudal. No drainage, no
fluctuance.

A: Necrosis at the L end of panniculectomy incision. Ddx ischemic wound edge necrosis vs
calciphylaxis (HD, DM2, high phos, obesity, retiform border beyond the incision).

P: Incisional biopsy at the margin today (sent w/ von Kossa). Binder off. Nonadherent
dressing. Call nephrology.
"""),
("2016-10-18", "Nephrology Clinic Note", """
Nephrology / transplant clinic

Path (10/4/16, L lower abdominal incision edge): calcification of arteriolar media in
subcutaneous fat, microthrombi, fat necrosis -> calciphylaxis.

Pt: 51F, ESRD (HD, first shift), insulin-treated DM2, injects in the arms.
Weight 113.8 kg today, BMI 41.9.
Labs: PTH 1120 (!), Ca 9.5, P 7.6, albumin 3.0.

Assessment:
1. Calciphylaxis, biopsy-proven, along the L end of her new panniculectomy incision, where the
   binder edge was also pressing since the 8/23 surgery -- calciphylaxis localized to the
   surgical and pressure injury.
2. Secondary hyperparathyroidism, uncontrolled.
3. Transplant listing: on hold until wound healed.

Plan: thiosulfate 25g IV thrice weekly on dialysis; cinacalcet 60 -> 90 mg;
sevelamer 1600 TID, stop Ca carbonate; surgical referral for parathyroidectomy;
plastics following wound.
"""),
]}

A09 = {"patient_id": "A09", "age": 66, "sex": "M", "notes": [
("2021-06-01", "Burn Clinic New Patient", """
Burn Clinic - new pt

66M, HD TTS (R upper arm AVG), DM2 on linagliptin, HTN, BPH.
On 5/30/21 (Memorial Day wknd) got off his motorcycle and his R inner calf touched the hot
exhaust pipe through thin jeans. Classic pipe burn. Put ice on it afterwards at home
"for an hour". Here 2 days later.

Exam: R medial calf, 2x5cm oval deep partial thickness burn, waxy white base, blister
roof off, no cellulitis. Foot warm, DP palpable.
VS: BP 158/90 HR 70 Wt 81.2 kg BMI 26.0
Glu 168.

Plan: Burn likely to need 3-4 wks to close; if not healed by day 21, consider excision/graft.
Dressing: silver hydrofiber, change q3d; wife will do it at home, taught today.
Tdap up to date (2019). Avoid ice directly on skin in the future.
RTC 1 wk.
"""),
("2021-09-14", "Dermatology Consult", """
DERMATOLOGY CONSULT

66M w/ ESRD on HD, DM2 (not on insulin), referred by nephrology for painful L leg lesion.
Onset mid-August, gradually enlarging. Denies any injury, insect bite or burn to the L leg.
R medial calf pipe burn (May) healed w/o graft, scar intact, not tender.

Exam:
- L lateral calf: 5x4cm firm, violaceous plaque; edge with stellate purpura; black central
  eschar 1cm. Very tender.
- R medial calf: flat, hypopigmented healed burn scar, soft; no purpura, no induration.
- Abdomen, thighs clear.

Labs: PTH 690; Ca 9.3 (corrects to 9.5); phos 6.9; albumin 3.5

A: Retiform purpura w/ necrosis L lateral calf in HD patient: calciphylaxis most likely;
vasculitis, cholesterol emboli less likely.
P: 2 deep punch biopsies L lateral calf today.
"""),
("2021-09-28", "Nephrology HD Rounding Note", """
HD rounds - Fernhill Dialysis

Derm path 9/14: small arteries in the fat show medial calcium (von Kossa+) and thrombosis.
= biopsy-proven calciphylaxis, L lateral calf.

The old burn on the other leg (R medial calf) is fully healed and uninvolved.

S: pain 7/10, using tramadol 50 mg bid. No fevers.
O: BP 149/78, post 131/70, EDW 80 kg.
L lateral calf: ulcer 5.5x4cm, its eschar intact.

Plan:
- thiosulfate 25g IV, last hour on the machine, each Tue/Thu/Sat
- switch calcium acetate -> sucroferric oxyhydroxide
- hold calcitriol; cinacalcet 30mg daily to begin
- wound clinic referral; keep L leg elevated on rest days
"""),
]}

A10 = {"patient_id": "A10", "age": 73, "sex": "F", "notes": [
("2020-03-10", "Nephrology PD Clinic Note", """
Home Dialysis Clinic -- PD monthly visit

73 yo F on CCPD since 2017. DM2, glargine nightly (abdominal injections, rotates), AF on
warfarin, HFpEF, obesity (BMI 35.5 today, 88.9 kg).

New c/o: a very sore place over the lateral R thigh that started about a week ago,
"like a hot coal". Denies any injury, fall, burn or injection there.

Exam: R lateral thigh 4x3cm violaceous plaque, firm, with a reticulated purpuric rim; not
ulcerated yet. PD exit site fine.
Labs: iPTH 520 pg/mL, Ca 9.8 uncorrected, phos 6.6, albumin 3.1, INR 2.6. Weekly Kt/V 1.9.

Impression: new painful retiform plaque R lateral thigh, PD patient on warfarin --
concerning for calciphylaxis.
Plan: urgent derm (bx) booked 3/12. Calcium binder -> sevelamer. Will discuss anticoag
alternatives with cardiology.
"""),
("2020-03-24", "Dermatology Clinic Note", """
DERM

Bx (3/12/20, R lateral thigh, two 6mm punches): calcified small subcutaneous vessels,
fibrin in their lumina, lobular panniculitis; von Kossa stain +.

Diagnosis: CALCIPHYLAXIS -- R lateral thigh -- histologically confirmed.

Exam today: plaque 5x4cm, new central eschar 1.5 cm. Bx sites sutured, clean.
No other lesions on abdomen, L thigh or calves.

Plan:
- cardiology agreed to change warfarin to apixaban, reduced dose (age, ESRD)
- nephrology to give IV thiosulfate thrice weekly; PD prescription intensified
- wound: petrolatum + nonadherent dressing daily; keep hot and cold packs off the thigh
- f/u 4 wks
"""),
("2020-04-20", "Burn Clinic Note", """
BURN CLINIC - walk-in

73F, PD for ESRD, DM2. Known calciphylaxis (biopsy 3/12) on the lateral R thigh, present
since early March. Yesterday 4/19/20 she was carrying a mug of just-boiled tea in her
walker basket; it tipped and splashed onto her R thigh. Husband applied cold water.

Exam: R anterolateral thigh, 1% TBSA superficial partial thickness scald, blistered, wrapping
around the medial edge of the known calciphylaxis plaque; the plaque itself (5.5x4cm, eschar)
looks unchanged from derm photos. Calves, abdomen spared.
VS: BP 122/70 HR 88 irregular. BMI 35.1 (87.9 kg).

A: Scald on top of an area of pre-existing calciphylaxis. The calciphylaxis predates the
burn by ~6 wks.
P: Blisters left intact, petrolatum gauze + foam, no silver sulfadiazine over eschar.
Recheck 5 days; notify derm/nephrology.
"""),
]}

A11 = {"patient_id": "A11", "age": 60, "sex": "M", "notes": [
("2024-02-13", "Wound Care Clinic Note", """
WOUND CARE CENTER - initial

60M, ESRD, HD Monday/Wednesday/Friday, nondiabetic, AF -- on apixaban since 2015 (was on
warfarin before that, stopped after GI bleed). Obese, BMI 31.4.

Wound hx: L medial calf ulcer since December, began as a painful purple patch, now necrotic.
Denies trauma, burns, bites, injections to the leg.

Wound assessment
Location: L medial calf
Size: 4.8x3.6x0.3cm
Tissue: eschar 70% (black) / slough 30% (yellow)
Surrounding skin: indurated and violaceous with a 2cm rim of retiform purpura
ABI L 1.1 (calcified vessels, noncompressible at ankle), TBI 0.62

Procedure: 4mm punch x2, from the purpuric border.
Plan: rule out calciphylaxis; medihoney + border foam; offload; f/u 2 wks with path.
"""),
("2024-03-05", "Operative Report - Plastic Surgery", """
OPERATIVE REPORT

Preop/postop dx: Calciphylaxis ulcer, L medial calf, biopsy-proven (2/13/24 punch:
calcified subcutaneous arterioles, von Kossa+), 6x4cm after progression.
Procedure: Excisional debridement of L medial calf calciphylaxis wound, skin/subcutaneous
tissue/fascia, 31 cm2; NPWT (wound vac) applied.
Surgeon: R. Abernathy-Cole, MD. Anesthesia: MAC + local.

Findings: dry eschar over necrotic fat; viable bleeding fascia at base after debridement.
Tissue to path + micro.

Plan: NPWT 125 mm Hg continuous, canister/dressing changes by home wound RN 3x/wk.
STS with HD ongoing. Plan STSG in 3-4 wks if wound bed granulates.
"""),
("2024-04-16", "Plastic Surgery Postoperative Visit", """
PLASTICS f/u

S/p STSG to L medial calf calciphylaxis wound 4/2/24 (0.010 in, harvested from the
R anterolateral thigh, 1.5:1 mesh), bolster + NPWT x 5 d.

Graft: ~85% take, small open areas at inferior edge 1x0.5cm; no infection.
Donor site R thigh: re-epithelialized, pink, no drainage.
Pain now 3/10, oxycodone stopped.
Wt 98.2 kg, BMI 31.0.

Assessment/plan: calciphylaxis wound of L calf, healing after debridement + graft.
- xeroform to open areas, then moisturizer
- continue STS per nephrology until fully healed
- compression stockings not advised while healing
- RTC 4 wks
"""),
]}

A12 = {"patient_id": "A12", "age": 57, "sex": "F", "notes": [
("2026-01-09", "Nephrology HD Rounding Note", """
HD ROUNDS -- Marsh Creek Dialysis, pod C

57F, ESRD (HTN/DM nephropathy) on HD since 2022 via L BC fistula; DM2 on linagliptin --
A1c 7.9, may need insulin if it keeps climbing, not on it now. PMH obesity (lost 12 kg by
diet over 2025; BMI now 29.4). Never anticoagulated.

S: 10 days of painful red-purple areas, inner aspect of each thigh. "Hurts to have the
sheets touch them." Denies new clothing, heating pads, burns, falls, insect bites or any
injections in the thighs.
O: Pre BP 160/84. Inner (medial) thighs bilaterally: multiple tender indurated livedoid
plaques 2-6 cm; the biggest, on the L, has a dusky 1cm center.
Labs: PTH 880 | P 7.2 | Ca 9.7 | alb 3.3.

A: Bilateral medial thigh retiform plaques -- concern for calciphylaxis.
P: derm for biopsy this wk; stop calcium binder; 2.0 Ca bath.
"""),
("2026-01-20", "Dermatology Consult", """
DERMATOLOGY

Bx 1/12/26 (R medial thigh): calcified arteriolar walls in the subcutis, thrombi within,
von Kossa positive: calciphylaxis.

Exam: bilateral medial thighs, several violaceous stellate plaques, L one now with 2 cm
eschar. No lesions elsewhere.

Hx reviewed again: no trauma, no burns, no injections to the thighs, never on warfarin.

Assessment: calciphylaxis, bilateral medial thighs, biopsy-proven.

Recs:
- if she ever needs DVT prophylaxis as an inpatient, no subcutaneous shots into the thighs
- warned: no heating pad or icing of the legs, ever
- STS with HD
- gentle wound care, silicone foam
- pain: gabapentin 100mg post-dialysis
"""),
("2026-02-10", "Plastic Surgery Consult", """
PLASTIC SURGERY CONSULT

Asked to evaluate bilateral thigh calciphylaxis wounds for possible operative management.

57F on HD, DM2 (diet + linagliptin), BMI 29.4. Biopsy-proven calciphylaxis bilateral medial
thighs since Jan 2026, on STS.

Exam: L medial thigh 4x3cm eschar, dry and stable; R medial thigh 2x2cm violaceous plaque,
intact skin. No erythema, no fluctuance, no odor.

Assessment: stable dry eschar, no infection.
Plan: Not a surgical candidate right now; debridement would likely enlarge the wound. Would
consider excisional debridement and NPWT only if the eschar becomes boggy or infected.
Continue current care, photos in chart. RTC 6 wks or sooner PRN.
"""),
]}

A13 = {"patient_id": "A13", "age": 64, "sex": "M", "notes": [
("2019-01-22", "Burn Clinic New Patient", """
BURN CLINIC -- new

64M on PD (CCPD) for ESRD 2/2 polycystic kidney disease. No diabetes. HTN.
1/19/19 reached into the oven for a casserole, L volar forearm touched the upper rack.
Contact burn 3x8cm L volar forearm, deep partial thickness, mid-forearm, ~0.5% TBSA.
Ice applied at home briefly.

VS: BP 136/82, HR 66, Wt 77.4 kg, Ht 175 cm, BMI 25.3.
Exam: erythematous rim, mottled white center, blisters debrided in clinic (forearm only),
no exposed structures. Hand function intact.

Plan:
- Silver foam dressing, change q5d
- Re-evaluate 1 wk: if not healing by 3 wks, consider excision and graft
- Oven mitts that cover the forearm; no PD changes needed
"""),
("2019-03-26", "Nephrology PD Clinic Note", """
PD clinic

64M on CCPD, ADPKD. Forearm burn healed w/o surgery (burn clinic 2/26).
New: a tender "lump", present since early March, on the L arm, posterior, above the
elbow; now discolored.
Sleeps on his R side; denies injury to the arm.

Rx: 4 cycles 2.5 L overnight + icodextrin day dwell. Weekly Kt/V 1.75.
Meds: calcium carbonate 1g with meals, calcitriol .5mcg, amlodipine, furosemide.

Exam: L posterior upper arm at mid-humerus, 4x3cm plaque, violaceous and indurated, w/
netlike border. L forearm: healed pink burn scar, flat, nontender.
Labs: Ca 10.4 (high), P 6.0, PTH 240.

A/P: painful indurated plaque L upper arm, PD pt on Ca carbonate + calcitriol: ?calciphylaxis.
Stop Ca carbonate, stop calcitriol, start sevelamer. Derm referral for biopsy.
"""),
("2019-04-09", "Dermatology Clinic Note", """
DERMATOLOGY

Path (3/29/19, L posterior upper arm): CALCIPHYLAXIS. Subcutaneous small arteries
calcified and thrombosed, von Kossa+.

Exam: L posterior upper arm, ~10cm proximal to the olecranon: 5x4cm plaque,
early eschar centrally. The healed L forearm burn scar is seperate, below the elbow, and
shows no purpura or induration. Elbow skin normal.

Impression: calciphylaxis L upper arm. It does not involve the forearm burn site.

Plan:
- IV thiosulfate at the infusion center, three days a week (PD pt)
- increase PD clearance, add daytime exchange
- wound care RN teaching
- RTC 3 wks
BMI 25.1.
"""),
]}

A14 = {"patient_id": "A14", "age": 49, "sex": "F", "notes": [
("2022-02-15", "Burn Unit Admission H&P", """
BURN UNIT H&P

49F; ESRD (hemodialysis, Fernhill unit, early chair); DM2 on insulin with dense
neuropathy; morbid obesity (BMI 47.0). Admitted for scald of L foot. On 2/13/22 she soaked her feet in a basin of water from the
kettle for foot pain; could not feel the temperature. L dorsal foot blistered; R foot spared
(she only put the L in).

Insulin: glargine 40u + aspart with meals -- she injects both into the posterior upper arms.
Other meds: sevelamer, cinacalcet, atorvastatin, metoprolol.

Exam: L dorsal foot 1% TBSA mixed partial thickness, sloughing blisters. Toes pink.
VS: T 37.6 HR 101 BP 150/70. Glucose 312.
Labs: WBC 12.1, Cr 7.4, K 5.0, P 6.1, Ca 8.8, alb 2.8.

Plan: silver dressings daily, elevate; endocrine for BG; podiatry; HD per renal.
Offloading boot. Neuropathy and foot safety teaching.
"""),
("2022-05-03", "Dermatology Inpatient Consult", """
Derm consult (pt readmitted 4/26 w/ sepsis, ICU x 6 days)

Asked to see: pannus -- painful, blackened areas low on the abdomen since April.

Exam:
1. Lower pannus, bilateral: 3 stellate necrotic plaques 3-8 cm with retiform purpuric
   borders and livedo. Exquisitely tender.
2. L dorsal foot: the February scald wound, 2x1.5cm; granulating cleanly; no purpura.
3. Sacrum: 4x3cm stage 3 pressure injury from the ICU stay, beefy base.

Punch bx I took from the pannus on 4/29 has resulted: calciphylaxis, von Kossa+.

Assessment:
- Calciphylaxis, lower abdomen/pannus, biopsy-proven. No trauma to the pannus -- insulin goes
  in her arms, no heparin shots this admission (on SCDs).
- L foot: delayed-healing neuropathic scald wound, not calciphylaxis.
- Sacral wound: pressure injury, not calciphylaxis.
"""),
("2022-05-24", "Wound Care Clinic Note", """
WOUND CARE -- post-discharge

Wound #1 Pannus (lower abdomen), calciphylaxis, biopsy-proven 4/29/22
  8x6cm, 90% eschar, dry; periwound violaceous. Keep dry, betadine paint, ABD.
Wound #2 L dorsal foot, burn wound (2/13/22 scald), slow healing in neuropathic DM
  1.5x1.0cm granular, collagen + foam. Not calciphylaxis per derm.
Wound #3 Sacrum, stage 3 pressure injury (hospital acquired)
  3.5x2.5x0.4cm, 100% granulation. Alginate + silicone border; air mattress at home.

Weight 127 kg (BMI 46.6). BG 150-240.
STS with HD continues. Patient tearful about pain from the pannus.
Plan: f/u 2 wks, palliative care referral.
"""),
]}

PATIENTS = [A08, A09, A10, A11, A12, A13, A14]

"""probe48 corpus notes, W01-W07 (wound-care flowsheet exports; all invented)."""

W01 = {"patient_id": "W01", "age": 62, "sex": "F", "notes": [
("2019-04-23", "Wound Care Flowsheet", """
** INPATIENT WOUND FLOWSHEET - 5 Tower **
Pt: 62F  Dx: ESKD (HD TuThSa via L AVF), HTN, s/p PE 3/2019
Ht 160 cm | Wt 92.7 kg | BMI 36.2

Site | Type | Stage | L x W x D | Exudate | Periwound | Dressing
LLQ abd | necrotic plaque | unstageable | 3.6 x 2.7 x 0.1 cm | scant serous | violaceous, netlike mottling, exquisitely tender | Xeroform + dry gauze daily
RLQ abd | intact | n/a | -- | -- | 2 small healed ecchymoses | none

LDA:
PIV 20g R forearm | placed 04/21/2019 | site clean
Tunneled HD cath - none (uses fistula)

Comment: lesion sits in the L lower quadrant where lovenox was injected every day starting 04/02/2019 (per MAR, floor RNs used L side only). Pt states pain started 4/20 as a "hard knot", black center by today. Hospitalist aware, derm consult ordered. ?calciphylaxis
"""),
("2019-04-26", "WOC Nurse Note", """
WOC nursing follow-up. Saw pt at bedside with daughter present.
Left lower abdominal wound now 3.8 x 3.0 cm, eschar adherent, rim of retiform purpura extending laterally toward flank. No fluctuance, no odor. Pain 9/10 with dressing change; premedicated with hydromorphone per order.
Derm did 2 punch bx yesterday at the edge, results pending. Enoxaparin was switched to heparin gtt on 4/16 then to apixaban; no further SC shots anywhere.
No diabetes hx, A1c 5.2. Never on coumadin.
Recs: keep moist, avoid adhesive on periwound, pressure redistribution mattress. Will follow twice weekly.
"""),
("2019-05-03", "Wound Care Flowsheet", """
WOUND ASSESSMENT  05/03/2019 1015
[x] Pain present   [ ] Skin intact   [x] Wound present   [ ] Pressure injury

Site: L lower abdomen
Type: calciphylaxis ulcer (bx proven 4/29 - medial calcification of small vessels, von Kossa +)
Stage: full thickness, not staged
L x W x D: 4.1 x 3.3 x 0.35 cm
Exudate: small, serosang
Periwound: livedo, induration 2 cm margin
Dressing: calcium alginate, silicone foam border

Free text: Renal started STS with HD. Wt today 91.9 kg. Pt tearful, chaplain visit requested.
"""),
]}

W02 = {"patient_id": "W02", "age": 71, "sex": "M", "notes": [
("2021-03-30", "Outpatient Wound Clinic Intake", """
WOUND CLINIC - NEW PT INTAKE
Referred by: PD nurse (Harbourside Home Dialysis)
PMH: ESRD from IgA nephropathy, CCPD nightly x 3 yrs; AF - warfarin, INR today 2.6; type 2 diabetes, diet only; gout.

Skin check:
[x] Lesion(s) present  [ ] Rash  [x] Discoloration  [ ] Edema

Site	Type	Stage	LxWxD	Exudate	Periwound	Dressing
R medial knee	eschar w/ violaceous halo	unstageable	2.2x1.9x0.0	none	stellate purpura, hard	dry, open to air
R ant knee	ice burn? / purpuric patch	n/a	1.0x1.0	none	mottled	none

Narrative: pt reports gout flares in R knee; applied ice packs to that knee "2-3 times a day" beginning in February 2021. First noticed the dark spot early March. Wants to know if he froze it.
BMI 27.8.
"""),
("2021-04-06", "Dermatology Consult - Wound", """
Derm seeing in wound clinic. R knee: 2 lesions, medial one a 2.5 cm eschar, black, net-like purpuric border, anterior one an evolving retiform purpuric patch. Exquisite pain out of proportion.
Assessment: clinical picture classic for calciphylaxis (CCPD, warfarin, ice exposure to same knee). Deep wedge biopsy not done due to location over joint and poor healing risk - will treat as clinical diagnosis of calciphylaxis.
Plan: d/w nephrology re stop warfarin -> apixaban, STS, stop the ice.
"""),
("2021-04-20", "Wound Care Flowsheet", """
Wound #1 R knee medial | calciphylaxis | full thickness | 2.9 x 2.1 x 0.2 | sm serous | erythema 0.5cm, mottled | hydrogel + ABD, kerlix wrap
Wound #2 R knee anterior | calciphylaxis | eschar stable | 1.3 x 1.1 x 0 | none | dusky | betadine paint qd

[x] Pt verbalized understanding of dressing change   [x] Wife present
Comments: warfarin stopped 4/8, now on eliquis. Pt no longer using ice. Pain 6/10.
"""),
]}

W03 = {"patient_id": "W03", "age": 55, "sex": "F", "notes": [
("2023-09-14", "Dialysis Unit Skin Assessment", """
HEMODIALYSIS UNIT - MONTHLY SKIN / FOOT CHECK
Chair 14, MWF 2nd shift. ESRD secondary to diabetic nephropathy. Insulin: lispro + detemir, pt injects into her abdomen.
Wt 109.2 kg  BMI 41.0

Skin:  [ ] intact  [x] impaired   Feet: [x] intact bilat, monofilament decreased

Site | Type | Stage | L x W x D | Exudate | Periwound | Dressing
R upper chest, just below clavicle | purple firm band-shaped plaque w/ central black crust | unstageable | 6 x 2 x 0 | none | lacy purple | bordered foam, pt applied

Comment: pt says it came up 3 weeks ago. It follows the path where the seat belt's shoulder strap crosses her R chest; she has been riding to treatments in her nephew's pickup since June and says the belt "digs in". Pt asked if it is from the seatbelt. MD informed.
"""),
("2023-09-20", "Nephrology Progress Note", """
Saw in chair. Painful R upper chest lesion, plaque with eschar and surrounding livedo, now ~6.5 cm. Incisional biopsy 9/18 by surgery: calcified dermal and subcutaneous arterioles with thrombosis - calciphylaxis confirmed.
Anatomic distribution matches the seatbelt strap, which she reports rubbing that area on every ride since June '23.
Phos 7.9, Ca x P elevated. Switch to non-calcium binder, STS 25 g post HD, wound referral. Told her to put a pad on the belt or ride in back seat.
No anticoag. Diabetic on insulin as above.
"""),
("2023-10-11", "Wound Care Flowsheet", """
R upper chest wall - calciphylaxis
  L x W x D: 7.1 x 2.3 x 0.15 cm
  Wound bed: 60% black eschar, 40% yellow slough
  Exudate: mod serous
  Periwound: retiform purpura, indurated
  Dressing: Santyl to eschar, ABD, mepitel
Wt 105.6 kg, BMI 39.6 (down, poor PO intake)
[x] Pain scale reviewed  [x] Nutrition consult
"""),
]}

W04 = {"patient_id": "W04", "age": 66, "sex": "M", "notes": [
("2023-01-03", "Surgical Clinic Wound Check", """
POST-OP WOUND CHECK
Proc: R inguinal herniorrhaphy (open, mesh) on 11/25/2022 (Dr Lindqvist)
Comorbid: ESRD, in-ctr hemodialysis M/W/F, HFrEF, AF - coumadin, hyperlipidemia. No DM.
Vitals: 138/74, HR 78. Wt 88 kg, BMI 29.9 (overweight).

Incision | Status | L x W x D | Exudate | Periwound | Dressing
R groin incision, medial 2/3 | healed | -- | -- | normal | none
R groin incision, lateral end | open, black eschar | 1.9 x 1.6 x ? | scant | dusky violet, firm, stellate | dry gauze

Comment: per pt, the outer tip of his scar went purple and very painful on Christmas Eve, scabbed over a few days later. Afebrile, no purulence, CT neg for collection. Hx suggests ischemic process rather than SSI. Referred to wound clinic + derm.
"""),
("2023-01-10", "Dermatology Note", """
R groin: 2.3 cm stellate necrotic ulcer with retiform purpuric rim located within the lateral portion of the hernia repair scar; second small purpuric papule 1 cm medial to it, also on scar.
Bx x2 (punch, edge): intravascular and medial calcium in subcutaneous vessels, fibrin thrombi. Dx: calciphylaxis, Koebnerized into surgical incision.
Recommend holding warfarin if cardiology agrees, sodium thiosulfate, low-Ca dialysate.
"""),
("2023-02-07", "Wound Care Flowsheet", """
Site: R groin (surgical scar)  |  Type: calciphylaxis  |  Stage: full thickness
LxWxD 2.7 x 1.9 x 0.4 cm  |  Exudate: moderate, tan  |  Periwound: macerated  |  Dressing: Aquacel Ag, change q 72h
Biopsy sites: healing, steri-strips off.
Coumadin stopped 1/20 -> apixaban. Pt on STS MWF.
"""),
]}

W05 = {"patient_id": "W05", "age": 79, "sex": "F", "notes": [
("2024-05-17", "Home Health Wound Visit", """
HOME HEALTH SN VISIT - wound
79 yo F, ESRD on PD (APD via cycler overnight). Not diabetic - prediabetic per PCP, A1c 6.0, no meds. No blood thinners.
Ht 157 | Wt 54.5 kg | BMI 22.1

Pt tripped over cycler drain line 2 weeks ago and landed on her L knee -> superficial abrasion, cleaned by daughter. On 5/10 the scrape area became purple, hard, and very sore; now dark crust.

L knee ant. | abrasion -> necrotic plaque | unstageable | 3 x 2.5 | none | purple mottled, induration | petrolatum gauze, rolled gauze
R knee | intact | -- | -- | -- | -- | --

[x] Fall risk education done   [x] MD notified of change in wound
"""),
("2024-05-24", "Nephrology Telephone Note", """
Spoke w/ daughter and home health RN. Pt seen in derm yesterday, punch bx L knee result back today: calciphylaxis (calcified small vessels in subcut fat). Dx discussed with family. Lesion appeared at the site of the scrape from the fall in early May.
Will adjust PD prescription, stop calcitriol, add STS IV at infusion center. Fall precautions, move cycler tubing.
"""),
("2024-06-11", "Home Health Wound Visit", """
L knee calciphylaxis wound | full thickness | 3.4 x 2.6 x 0.2 | sm serosang | purpura fading edges | Medihoney + foam
[x] pain controlled w/ tramadol prn   [ ] s/s infection
Note: daughter performs dressing 3x/wk between visits. BMI 21.8.
"""),
]}

W06 = {"patient_id": "W06", "age": 58, "sex": "M", "notes": [
("2021-02-09", "Wound Care Flowsheet", """
OUTPT WOUND CENTER - ASSESSMENT
Pt 58M, type 1 DM since age 14 (basal-bolus insulin, injects ONLY into his thighs - both sides - since the fall of 2020 after abdominal lipohypertrophy), ESRD, in-centre HD 3x/wk.
Wt 104 kg  BMI 33.0 (class I obesity)

Site | Type | Stage | LxWxD | Exudate | Periwound | Dressing
L ant thigh | violaceous indurated plaque + eschar | unstageable | 5.1 x 4.0 x 0 | none | livedo racemosa | foam
R ant thigh | painful nodules x3, one ulcerated | full thick | 1.6 x 1.1 x 0.2 | scant | purpuric | foam
Abd | lipohypertrophy only, no lesion | -- | -- | -- | -- | --

Comment: symptoms from January 2021, L side first then R within days. Lesions sit in his injection fields. Plan bx.
"""),
("2021-02-16", "Pathology Result Note - Wound", """
Bx L thigh (incisional, 2/10): mixed septal/lobular panniculitis; arteriolar walls calcified, several thrombosed; fatty necrosis around them. Consistent with calcific uremic arteriolopathy.
Communicated to pt and HD unit. Endocrine to help move injections to upper arms; renal adding STS.
"""),
("2021-03-16", "Wound Care Flowsheet", """
Wk 5 wound ctr
Site	Type	Stage	LxWxD	Exudate	Periwound	Dressing
L ant thigh	calciphylaxis	full thk, eschar lifting at edges	5.4x4.2x0.3	mod, yellow	livedo persists	enzymatic debrider under foam
R ant thigh	calciphylaxis	full thk	1.9x1.4x0.3	scant	dusky	hydrofiber
[x] insulin now in deltoids only (confirmed w/ pt)  [x] STS ongoing at HD
Pt wt 101.8 kg -> BMI 32.1. Glucose log 140s-220s.
"""),
]}

W07 = {"patient_id": "W07", "age": 73, "sex": "F", "notes": [
("2025-09-09", "Wound Care Flowsheet", """
SKIN/WOUND - LTACH admission
[x] Skin impaired  [x] Assistive device: power wheelchair  [ ] Restraints

Site	Type	Stage	LxWxD	Exudate	Periwound	Dressing
R forearm, volar/ulnar	necrotic plaque w/ eschar	unstageable	4.0x3.0x0	none	net-like purple, firm	silicone foam, padded armrest ordered
L forearm	intact	--	--	--	--	--
Sacrum	blanching redness	--	--	--	--	barrier cream

Comment: pt got new power chair 8/2/2025; she leans on her R forearm on the hard armrest most of the day to steer. Lesion started Labor Day. ESRD on HD (T/Th/S). DM2 on glipizide. Warfarin - stopped 2024 (now DOAC). BMI 30.0
"""),
("2025-09-16", "WOC Nurse Note", """
WOC follow up. R forearm lesion enlarged to 4.6 x 3.1 cm, thick black eschar, with branching purple rim extending proximally. Very painful (8/10), pt guarding arm. Pattern matches chronic pressure point on armrest. Derm bx 9/12 pending. Ordered gel armrest cover, pt educated to offload the arm.
"""),
("2025-10-01", "Dermatology Follow-up", """
Bx R forearm: calciphylaxis, with medial calcification of dermal vessels. The lesion occupies the contact point with the wheelchair armrest where she has been leaning since early August - pressure-induced Koebner site.
Pt had been on warfarin until last year. Obese, BMI 30.0. STS already started by renal.
"""),
]}

PATIENTS = [W01, W02, W03, W04, W05, W06, W07]

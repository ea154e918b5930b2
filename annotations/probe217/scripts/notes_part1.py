"""probe217 corpus notes, A01-A07 (cath lab, EP and the clinics around them; all invented)."""

A01 = {"patient_id": "A01", "age": 68, "sex": "F", "notes": [
("2023-01-10", "Electrophysiology Clinic Pre-Procedure Visit", """
ELECTROPHYSIOLOGY CLINIC - PRE-PROCEDURE VISIT
Larkspur Heart & Rhythm, Suite 4B

68 yo F w/ persistent AF, dofetilide stopped (QTc 540), here to finalize PVI booked for 1/23/23.
PMH: CKD-IV (eGFR 22 on 12/28, Dr. Amundsen following, no HD on the horizon yet), T2DM on
glargine 18u qHS - she injects her thighs, HTN, HFpEF, obesity.
Anticoag: warfarin since 2019, INR goal 2-3, last INR 2.6 (1/6).
VS 142/78, 104 irregularly irregular, sat 97% on room air; 88.9kg, BMI 33.1
ECG: AF w/ RVR, QRS 92 ms.

Plan:
- Hold warfarin from 1/18/23 (last tablet the evening of 1/17).
- Bridge: enoxaparin 90mg SC q24h (CrCl<30 dosing); first shot 1/18, final pre-op shot the
  morning of 1/22. Pt will self-inject; RN Okafor did teaching, pt prefers the belly.
- Restart warfarin night of procedure, keep enoxaparin going until INR >= 2.
- Consent signed. TEE same day in lab. NPO after midnight 1/22.
"""),
("2023-01-23", "EP Lab Procedure Note", """
EP LAB PROCEDURE NOTE     DOS 01-23-2023
Procedure: cryoballoon PVI + CTI ablation, TEE guided (no LAA thrombus).
Operator: R. Vasquez-Hale MD.  Anesthesia: general, ETT.
Access: R femoral vein x2 and L femoral vein x1, US guided. Hemostasis w/ figure-of-8
sutures, out at 4 h.
ACT 300-350 on IV heparin throughout.
Findings: all 4 PVs isolated on first freeze except RIPV (2 freezes). Bidirectional CTI block.
Post echo: no effusion. EBL minimal. No complications.
Pre-op skin check (circ RN): pinpoint marks around the umbilicus from her enoxaparin, no open
areas, no rash.
Post: flat 4 h, warfarin 5 mg tonight, continue daily enoxaparin until INR therapeutic (pt has
syringes at home). Labs: Hgb 11.2, K 4.9, Cr 2.61.
Dispo: home tomorrow if groins ok.
"""),
("2023-02-14", "Dermatology Consult", """
DERMATOLOGY - URGENT OUTPATIENT CONSULT

CC: painful dark patch on her stomach.
HPI: 68 y/o woman - CKD IV, no dialysis; T2DM using insulin; AF anticoagulated with warfarin.
For her ablation on 23 Jan she bridged with enoxaparin, self-injected once a day 1/18 thru 1/31
(INR slow to come up), "always to the left of my belly button, I'm left-handed." On 2/2 she
noticed a sore, firm, purplish patch in the LLQ; over the next days it went darker; centre now
black. Pain 9/10 - worst bending to put shoes on.

Exam: LLQ: 6x4cm plaque - violaceous, indurated; central black eschar; rim retiform and purpuric.
R abdomen clear. Thighs (insulin sites): lipohypertrophy only, no purpura.
Punch (4mm) from the rim, von Kossa requested.

Impression: calciphylaxis (risk: CKD IV off dialysis, warfarin, obesity), arising at her
enoxaparin injection sites.
Plan: wound care teaching; pain regimen; ask cardiology/nephrology re warfarin -> apixaban;
STS per nephrology; f/u path in 1 wk.
"""),
]}

A02 = {"patient_id": "A02", "age": 61, "sex": "M", "notes": [
("2022-11-08", "EP Lab Procedure Report", """
ELECTROPHYSIOLOGY LAB - PROCEDURE REPORT
DOS: 11/08/2022
61M, ischemic CM (LVEF 25%), ESRD, HD days Tue-Thur-Sat (L forearm loop graft); VT storm w/ 6
ICD shocks this wk.
Procedure: endo + epicardial VT ablation, 3D electroanatomic mapping. Case length 7 h 40 min.
Access: bilat femoral veins, R femoral artery (retrograde aortic), subxiphoid epicardial.
Warming: forced-air blanket over lower body; the hose end was found lying against the L
posterior calf, duration unknown.
Result: 3 VT morphologies targeted, noninducible at end.
Complication: at end of case a 4x3cm sharply bordered red area w/ epidermal sloughing on the
L posterior calf under the hose = superficial partial-thickness burn. Photographed, safety
report filed, wound RN to follow.
Hemostasis: Perclose R FA, manual hold on the veins.
Dispo: CCU overnight, pull epicardial drain AM if output < 50 mL.
"""),
("2022-12-01", "Wound Care Nursing Consult", """
WOUND/OSTOMY RN CONSULT (seen chairside in HD unit)
Requested by nephrology for a nonhealing wound, L leg.
Hx: burn to L posterior calf from the warming blanket hose during his VT ablation 11/8. Was
slowly closing until ~10 days ago, when the spot turned dark and very painful
per pt ("like a hot nail going in").
Assessment: L posterior calf, full thickness ulcer 3.8x2.9cm, 100% adherent black eschar,
violaceous stellate purpura reaching 2 cm past the old burn margin. Periwound indurated,
exquisitely tender. Odor none; serous drainage scant. DP/PT dopplerable.
Pain 8/10, out of keeping with a wound this small.
Concern for calciphylaxis rather than slow burn healing; d/w Dr. Iyer (nephro) who will ask
derm for a biopsy.
Care: gentle cleanse, nonadherent contact layer, ABD pad, rolled gauze. Offload
heels on pillow.
"""),
("2022-12-14", "Dermatology Clinic Note", """
DERM CLINIC - biopsy results visit
61M, hemodialysis TTS, s/p VT ablation Nov 2022.
Path (punch, L posterior calf, taken 12/5/22): tiny fat-lobule vessels with calcium-laden
media, intimal proliferation, adjacent fat necrosis. Von Kossa: positive. FINAL
DIAGNOSIS: CALCIPHYLAXIS.
Exam: eschar L calf same size; new small satellite purpura just below it. Full skin check
otherwise clear (abdomen, thighs, buttocks, R leg).
Not diabetic. BMI 24.6. Anticoag = apixaban only, never warfarin.
A/P: calciphylaxis - path-proven - L post. calf, arising inside the thermal burn
left by the forced-air warming device during the Nov ablation.
- sodium thiosulfate 25g IV, every HD session (nephro to order)
- uptitrate cinacalcet, stop calcium carbonate binder
- wound care per WOC RN, weekly photos
- RTC 3 wks
"""),
]}

A03 = {"patient_id": "A03", "age": 57, "sex": "F", "notes": [
("2024-07-09", "Device Clinic - Wearable Defibrillator Check", """
DEVICE CLINIC - WEARABLE CARDIOVERTER-DEFIBRILLATOR (LifeVest) FOLLOW-UP
57F, NICM dx'd spring 2024 (EF 30%), on LifeVest since May while GDMT is titrated. ESRD on
nightly CCPD.
Download: avg wear 22.6 h/day. No treated arrhythmias. 2 pt-aborted alarms (noise artifact).
Pt c/o the garment: electrode belt has dug into her L flank ever since she started wearing it
in May, worse at night hooked to the cycler. Skin there pink, intact, no open area.
Refit by Zoll rep today, soft undershirt advised, belt moved 2 cm up.
VS: BP 108/66, HR 78, wt 94.1kg / BMI 36.2.
PMH: T2DM (A1c 6.6) controlled with diet; never on any DM medication, HTN, hypothyroidism, FSGS.
Plan: repeat TTE in Aug; if EF still <= 35% -> refer for ICD. Continue sacubitril/valsartan,
metoprolol succ, dapagliflozin not started (dialysis).
"""),
("2024-08-13", "Nephrology PD Clinic Note", """
PD CLINIC (monthly)
57F, cycler PD for three years now; kidney failure from FSGS. PET: high-avg transporter;
Kt/V total 1.9/wk. Catheter exit: dry, healthy, nontender.
NEW: very painful purple-black plaque on the L flank since end of July, ~5x7cm, netlike
violaceous rim, central black crust. Second tender nodule on the L flank, a little above the
hip bone.
Labs 8/6: Ca 9.8 N / phos 7.1 H / iPTH 884 H / alb 3.0 L
Binder: calcium acetate 667 x2 at meals. VDRA: calcitriol 0.5 mcg qd.
Wt 92.6kg, BMI 35.8 (obese).
A/P:
1. L flank plaques - strongly suspect calciphylaxis. Off calcium acetate and off calcitriol;
   sevelamer carbonate instead; cinacalcet 30 mg to begin. Urgent derm for bx.
2. Volume ok, no change to PD Rx.
"""),
("2024-08-22", "Dermatology Consult", """
Dermatology consult - L flank lesion

Two 4 mm punch bxs taken 8/15 by Dr. Halvorsen. Path today: small subcutaneous arterioles
calcified, luminal thrombi, septal panniculitis -> fits calciphylaxis.
Exam: L flank necrotic plaque w/ eschar now ~7 cm; adjacent nodule has ulcerated. Lower legs,
thighs, breasts and pannus w/o lesions.
Dx: calciphylaxis, L flank (PD-dependent ESRD).
Plan:
- thiosulfate (STS) 25 g IV in an infusion-suite chair Mon/Wed/Fri - PD leaves no HD circuit
- hydrocolloid-free dressings, nonadherent layer + foam
- pain: hydromorphone low dose, palliative care referral for symptom support
- nephrology aware; f/u 2 wks
"""),
]}

A04 = {"patient_id": "A04", "age": 79, "sex": "M", "notes": [
("2023-08-17", "EP Procedure Note - Pacemaker Implant", """
PROCEDURE: DDD pacemaker implantation (new system)
Date: Aug 17, 2023
Indication: symptomatic complete heart block (syncope 8/14, junctional escape 38 bpm).
79M with On-X mechanical aortic valve (2011); warfarin uninterrupted - INR 2.4 this AM.
Sedation: moderate, midazolam/fentanyl by RN.
Incision: 5 cm, L infraclavicular; subcutaneous pocket developed down to pectoralis fascia.
L axillary vein access x2 under contrast venography.
Leads: RA appendage, RV septum. Thresholds and sensing within normal limits.
Closure: 3 layers absorbable suture, skin adhesive, sterile dressing.
Complications: none. EBL < 20 mL.
Post: sling 24 h, CXR - no PTX, device check in AM, wound check 10-14 days.
Not diabetic (A1c 5.3). Cr 0.9, eGFR 78.
"""),
("2023-09-12", "Device Clinic Wound Check", """
Wound check - post PPM day 26 (pt traveling, missed the 8/31 slot)
S: incision sore over a week; "a dark spot started on Labor Day and has been spreading."
O: T 36.8. L infraclavicular incision: medial two-thirds healed; lateral end has a 2.5x3cm
dusky violaceous indurated plaque, fine purple lacy margin, 4 mm central black crust. No
fluctuance, no drainage, no warmth outside the plaque. Generator not palpable through skin.
No pocket hematoma.
Interrogation: normal function, AP 12%, VP 99%. Battery 12.4 yrs.
INR 3.1. WBC 7.2.
A: atypical plaque at the incision - not a typical pocket infection or erosion.
P: urgent derm eval; photo uploaded; no abx for now; d/w Dr. Bellweather.
"""),
("2023-09-20", "Dermatology Consult", """
DERMATOLOGY CONSULT
79M w/ painful plaque at the new pacer incision (see EP note 9/12).
Kidneys normal (creatinine 0.9) - never dialyzed. Warfarin > 10 yrs for the mechanical AVR. Not
diabetic. No steroids. BMI 27.4.
Exam: L infraclavicular plaque now 3.5 cm, eschar larger; retiform purpura at the edge.
Remainder of full skin exam: nothing similar.
Procedure: deep incisional wedge biopsy at the lateral edge, away from the generator, after
discussion w/ EP. Tissue cultures sent.
DDx: nonuremic calciphylaxis (warfarin) vs warfarin necrosis vs pyoderma gangrenosum (pathergy)
vs atypical infection.
Plan: path + cultures, f/u 2 wks; keep incision dry, petrolatum + gauze.
"""),
("2023-10-05", "Dermatology Follow-up", """
DERM FOLLOW-UP
Path (9/20 wedge): lobular panniculitis; calcium deposited within walls of small vessels, plus
microthrombi; von Kossa highlights the calcification. Bacterial/AFB/fungal cultures negative.
DX: nonuremic calciphylaxis arising in the pacemaker incision (onset Labor Day 2023, about 2.5
weeks after the implant); warfarin the main driver.
Exam: eschar 3.5x2cm, stable; generator not exposed.
Plan:
- warfarin has to continue (mechanical AVR) per Dr. Bellweather; INR target low end
- IV STS three days a week at our infusion suite, start Monday
- vitamin K2 supplement discussed
- EP to watch closely for pocket exposure
"""),
]}

A05 = {"patient_id": "A05", "age": 72, "sex": "F", "notes": [
("2021-03-16", "Cath Recovery RN Note", """
CARDIAC CATH RECOVERY - RN NOTE   03/16/21 1340
Dx LHC via L radial 6F; TR band on L wrist at 1155 w/ 12 mL air. 72F, ESRD (in-center HD, MWF schedule;
R upper arm AVF - R arm restricted).
Findings per MD: moderate nonobstructive CAD, medical management.
Table-to-stretcher transfer w/ slide board: pt's R shin struck the stretcher side rail -> 2 cm
flap skin tear, R anterior shin mid-third. Bleeding stopped with gauze, cleansed w/ NS,
covered. Dr. Petrakis aware. Safety event report done.
TR band deflation started 1355, 2 mL q15 min, no bleeding, radial pulse 2+.
VS: BP 156/70, HR 72, RR 16, SpO2 98%.
FSBS 212 -> lispro 4 units per sliding scale.
"""),
("2021-04-07", "Hemodialysis Rounding Note", """
HD ROUNDS - Wednesday
72F; kidney failure from DM, dialyzes in-center MWF, EDW 79.0 kg.
S: "my leg is killing me" - sore on her R lower leg, front; began about 2 weeks ago, red
and hard at first, black now. Pain 9/10, tylenol does nothing.
O: pre BP 168/74, UF goal 2.4 L. R shin (anterior): an ulcer, 30 x 25 mm, capped with black eschar,
stellate violaceous border, marked induration. L leg clean.
Chem 3/31: Ca 10.1, phosphorus 6.6, PTH 612, albumin 3.2. On calcitriol + calcium carbonate.
Wt 79.3 kg. BMI 30.0.
A/P:
- R shin ulcer: strongly suspect calciphylaxis (pain, look, high Ca x P). Derm bx asap. Stop
  calcitriol and calcium; thiosulfate 25g IV in the last 60 min of HD, from Fri.
- DM2: glargine 20u + lispro SSI, continue.
"""),
("2021-04-13", "Dermatology Consult", """
DERMATOLOGY CONSULT - HD unit referral
72F on HD, DM2 on insulin. R anterior shin ulcer, referred by the HD unit.
Exam: mid-third R anterior shin: 3.5x3cm ulcer, adherent eschar, rim of retiform purpura,
woody induration. Trunk, thighs and L leg: nothing similar. Pedal pulses faint but
present; ABI deferred (calcified vessels).
Procedure: 6 mm incisional biopsy at the ulcer edge, sutured.
Assessment: calciphylaxis of the R anterior shin - clinical diagnosis, path to confirm.
Plan: continue STS w/ HD; wound: collagenase to eschar edges? - no, keep eschar dry and intact,
cover w/ foam; pain: low-dose oxycodone; f/u 10 days for suture removal.
"""),
]}

A06 = {"patient_id": "A06", "age": 66, "sex": "M", "notes": [
("2022-03-03", "Cardiac Catheterization Report", """
CARDIAC CATHETERIZATION REPORT
Date: 3-Mar-2022 (STEMI activation 02:12)
66M, ESRD - HD by R IJ tunneled cath (TDC) while his L AVF matures; DM2;
inferior STEMI.
Access: R radial, 6F slender sheath; TR band at end.
Findings: mid RCA 100% thrombotic occlusion; LAD 40%; LCx 30%.
Intervention: aspiration thrombectomy + one DES to mid RCA, TIMI 3 flow restored.
Lab meds: IV heparin 70 u/kg, ticagrelor 180 mg load.
Post-PCI orders: ASA 81, ticagrelor 90 bid, atorvastatin 80; UFH 5000u subcut every 8 hrs for
VTE ppx starting tonight - give in the anterior thighs (umbilical hernia, pt refuses abdomen).
HD tomorrow AM, no heparin in circuit.
BMI 37.9 (obesity class II).
"""),
("2022-04-28", "Hemodialysis Rounding Note", """
HD ROUNDS 4/28/22
66M, Tue/Thu/Sat via the R IJ tunneled cath; first L AVF cannulation planned next week.
S: "both thighs are burning, like I sat on a grill." Around mid-April he felt painful lumps,
anterior thighs both sides, getting darker.
O: R anterior thigh 4x3cm and L anterior thigh 3x3cm indurated plaques with livedoid
violaceous rims; small central necrosis on the R. Very tender.
Ca/P/PTH: 9.6/8.0/1050.
Meds: calcium carbonate, paricalcitol, linagliptin 5 mg.
BMI 37.6.
A/P: rule out calciphylaxis -> derm consult; stop paricalcitol and calcium; start cinacalcet;
STS with HD pending bx.
"""),
("2022-05-04", "Dermatology Consult", """
DERMATOLOGY CONSULT - thigh plaques
Hx: inferior STEMI 3/3/22 w/ RCA stent, then heparin SC q8h into the anterior thighs for the
admission (3/3-3/9) and at subacute rehab until 3/14. Plaques appeared mid-April.
Exam: bilateral anterior thighs, plaques as described by nephro; R now ulcerated 1.5 cm w/ eschar.
Abdomen, buttocks and calves spared. R radial access site healed.
Path: 4 mm punch R thigh 4/29 - arterioles in subcutis calcified + thrombosed;
lobular fat necrosis.
Dx: calciphylaxis, bilateral anterior thighs, located right at his prior heparin injection
sites.
Plan: thiosulfate 25g during each HD; wound care; pain mgmt; no future injections into the
thighs.
BMI 37.2.
"""),
]}

A07 = {"patient_id": "A07", "age": 63, "sex": "F", "notes": [
("2024-08-20", "Peritoneal Dialysis Clinic Note", """
PERITONEAL DIALYSIS CLINIC
63F, kidney failure from DM; on CAPD (4 exchanges daily) since 2021; CAD s/p PCI.
S: since early July, a purple, hard, very painful spot - R groin. She had her heart cath
through the R groin last spring at Mercy Northfield (stent to LCx); the puncture oozed for days
and she kept ice packs on the R groin for about a week after.
O: R inguinal crease, firm violaceous plaque 5x3cm with reticulated purpuric border and a
small dusky center. L groin normal. PD catheter exit (L lower abdomen) looks fine.
Aug chem: Ca 9.9 N / phos 6.8 H / PTH 701 H / alb 3.1 L.
Insulin glargine 24 u + aspart with meals. BMI 31.5.
Hx: took warfarin 2019-2020 for an LV thrombus, since stopped.
A/P: ?calciphylaxis R groin - derm referral this week; switch calcium carbonate to sevelamer.
"""),
("2024-08-28", "Dermatology Consult", """
DERM CONSULT - R groin plaque
63F on CAPD. Plaque sits directly over her old R femoral puncture and the area she iced after
the cath last spring.
Exam: R inguinal crease 6x3.5cm violaceous indurated plaque, early central eschar, retiform
edge. Exquisitely tender. No lesions on abdomen,
pannus, L groin or legs.
Punch bx (4 mm) at the edge today.
Impression: calciphylaxis - clinical diagnosis - in the R groin, right where the femoral access
was and where she applied the ice.
Plan: IV thiosulfate (25g) Mon, Wed and Fri - infusion ctr chair; wound care (foam, no tape
on skin); pain control; nephrology to adjust binders. Path f/u 1 wk.
"""),
("2024-09-10", "Interventional Cardiology Clinic", """
INTERVENTIONAL CARDIOLOGY FOLLOW-UP
63F, LCx DES (spring 2024, outside hospital), PD-dependent ESRD.
Interval: derm bx 8/28 c/w calciphylaxis in the R groin, at her old femoral access site.
Angina: none. NYHA I-II. No bleeding on DAPT.
VS: BP 132/72, HR 68, SpO2 99%. BMI 31.2.
Exam: R groin dressing in place, not removed. Radial pulses 2+ bilat.
ECG: SR 68, old inferior Qs.
Plan:
- ASA stop at 6 mo, continue clopidogrel alone
- any future cath: radial first, avoid femoral access
- lipids: LDL 61 on atorva 80, add ezetimibe
- RTC 6 mo
"""),
]}

PATIENTS = [A01, A02, A03, A04, A05, A06, A07]

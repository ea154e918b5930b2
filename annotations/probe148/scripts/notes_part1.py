"""probe148 corpus notes, D01-D07 (vascular surgery / limb salvage and the clinics around it; all invented)."""

D01 = {"patient_id": "D01", "age": 67, "sex": "F", "notes": [
("2019-08-20", "Vascular Surgery Clinic - New Patient", """
VASCULAR SURGERY - NEW PT CONSULT
Harrowgate Heart & Vascular, Suite 210        Ref: Dr. Pellow (PCP)

CC: R calf cramping after about one block, worse over 8 mo.

HPI: 67 yo F w/ HTN, paroxysmal AF on warfarin since 2014, HLD, ex-smoker (35 pk-yr,
quit 2012). Lifestyle-limiting R calf claudication, no rest pain, no tissue loss. Supervised
walking x 3 mo without benefit; cilostazol d/c'd d/t palpitations.
Kidneys fine - Cr 0.8, eGFR >90, has never needed dialysis. A1c 5.6, no DM.

Vasc lab today: ABI R 0.52 / L 0.91. R arterial duplex - SFA occluded over a long
segment, reconstitutes at AK popliteal, 2 vessel runoff (AT + peroneal). L SFA <50%
stenosis.

Exam: BP 142/80  HR 74 irreg  Ht 5'4"  Wt 99.8 kg  BMI 38.2 (obese)
Fem pulses 2+ bilat. R pop/DP/PT not palpable, monophasic signals by doppler.
Skin of both legs intact, hair loss R shin, no ulcers.

A/P: Rutherford 3 RLE, failed conservative tx.
- Plan R femoral-AK popliteal bypass (ipsilat GSV), booked 9/5/19.
- Periprocedural anticoag per pharmacy: hold warfarin from 8/31; bridge w/
  enoxaparin 1 mg/kg SC q12h beginning 9/3, continue post-op until INR 2-3.
- Risks reviewed incl wound problems, graft thrombosis, limb loss. Pt wishes to proceed.
"""),
("2019-09-26", "Vascular Surgery Post-op Visit", """
POST OP CHECK - s/p R CFA-AK pop bypass w/ GSV 09/05/2019

S: Home since POD 4, walking around the house w/o the calf cramp. Still doing her
enoxaparin shots BID - daughter taught her, she gives them in her belly, "mostly to the
right of my belly button, the left side bruises too much". First home dose was 09/03/2019.
INR 1.7 Monday on warfarin 7.5 mg. Today's new problem: a purple, very sore spot R of
her navel,
first saw it 9/24, "hurts worse than my leg cut".

O: T 36.8  BP 138/76  HR 70
Groin + medial thigh incisions healing, staples removed today, no erythema/drainage.
Graft pulse palpable, DP 1+ now. ABI R 0.94 post op.
Abd: R periumbilical 3x2.5 cm retiform violaceous patch, very tender, firm subcut,
dusky center. Rest of abdominal wall soft, no other discoloration.

A/P
1. Bypass doing well, cont ASA/statin, walking.
2. Painful retiform purpura at her injection area - ddx injection hematoma, heparin-induced
   skin necrosis, or something else. Plt 248 (not a HIT picture), HIT Ab sent anyway.
   Urgent derm referral placed.
3. Cont bridge until INR therapeutic, recheck INR Thurs.
"""),
("2019-10-08", "Dermatology Consult", """
DERM CONSULT (outpt)
Asked by vasc surgery to see: painful abd plaque, r/o calciphylaxis

67F on warfarin for AF, bridged w/ enoxaparin around a R leg bypass (9/5). Normal renal
function, not on dialysis, no DM. Plaque to the R of the umbilicus noticed 9/24/2019, now
a 2nd smaller one just below. Two deep 4 mm punch bx taken 10/2 incl subcutaneous fat.

Path (10/7): von Kossa +ve for mural calcium in small septal vessels; also intimal
hyperplasia, microthrombi, lobular fat necrosis. Consistent w/ calciphylaxis. HIT Ab neg.

Exam: R periumbilical abdomen - 4x3 cm indurated retiform purpura w/ evolving black
eschar, 1.5 cm satellite plaque inferiorly. Bx sites sutured, clean and dry.
Wt 98.1 kg, BMI 37.6.

Impression: non-uremic calciphylaxis, R periumbilical abdomen, arising right at her
enoxaparin injection sites. Risks here: warfarin, obesity, female sex.

Plan:
- Warfarin stopped; cardiology agreeable to apixaban.
- She is not to inject into the abdomen again.
- Infusion suite to begin IV STS next wk (Mon/Wed/Fri).
- Wound: petrolatum gauze, leave eschar alone. PCP managing analgesia.
- RTC 3 wks.
"""),
]}

D02 = {"patient_id": "D02", "age": 71, "sex": "M", "notes": [
("2016-03-14", "Operative Note - Vascular Surgery", """
OP REPORT - VASCULAR
DOS 03/14/2016
Surgeon: K. Ostrander, MD    Assist: R. Laine, PA-C

Preop dx: critical limb ischemia RLE w/ rest pain (Rutherford 4)
Postop dx: same
Procedure: R CFA-to-BK popliteal bypass, reversed ipsilateral GSV conduit harvested
open from the R medial thigh.

Indications: 71M - ESRD, hemodialysis on a Monday-Wednesday-Friday chair, DM2 requiring
insulin, nocturnal R foot rest pain x 2 mo.
Vasc lab: ABIs noncompressible (>1.3), TBI R 0.21 / L 0.48, flat PVR at R ankle.
Angio 2/29: R SFA occluded from origin, BK pop reconstitutes, peroneal runoff.
Vein mapping: R GSV 3.6-4.1 mm in thigh, adequate.

Findings/technique: longitudinal groin incision, CFA heavily calcified but clampable.
GSV exposed via continuous longitudinal incision along the R medial thigh to just above
the knee, branches ligated, vein reversed. BK pop exposed via medial calf incision.
Anastomoses w/ 6-0 prolene. Completion angio: widely patent graft, good peroneal runoff.
Skin closed w/ staples. EBL 250 mL. Pt to PACU stable, palpable graft pulse.
"""),
("2016-05-03", "Vascular Surgery Post-op Visit", """
Vasc surg clinic - post op  (bypass 3/14/16)

71 yo M HD pt s/p R fem-BK pop bypass. Here for a wound that is "turning black". Wife
says the long incision down the inner R thigh was healing then since mid-April it got
purple, hard and very painfull, now dark crust in places. No fever. Pain 9/10, he can't
sleep from it, worse than the rest pain he had before (that is gone).

Meds: glargine 18 units nightly, lispro sliding scale, sevelamer, calcitriol, ASA, atorva.

Exam: afebrile, BP 152/70.
Groin incision healed. Calf incision healed.
R medial thigh: along the middle 15 cm of the vein harvest incision there are
stellate violaceous plaques, black eschar, livedo around them, skin hard to palpation,
no purulence, no fluctuance.
Graft: strong pulse, DP/PT dopplerable, TBI R 0.62.

A/P: graft patent, limb well perfused. Harvest incision necrosis - wound infection less
likely (no drainage, WBC 7.2), concern for calciphylaxis in ESRD pt. Phos 7.9, Ca 9.4,
PTH 840. Incisional bx at edge today. d/w nephrology re binders/cinacalcet.
"""),
("2016-05-24", "Vascular Surgery Clinic", """
VASCULAR SURGERY FOLLOW UP

Pathology, 5/3 incisional bx (edge of R medial thigh wound): calcified media in
subcutaneous arterioles, luminal thrombosis, surrounding fat necrotic.
Von Kossa confirms mural calcium. DIAGNOSIS: calciphylaxis.

Interval: STS given during every dialysis session since 5/9, cinacalcet increased, calcium
carbonate stopped. Pain a little better on hydromorphone. Insulin unchanged.

Exam: Ht 180 cm, Wt 88.6 kg, BMI 27.4.
R medial thigh: necrosis confined to the R medial thigh, running along the line of the
vein harvest incision (12x4 cm total), dry eschar, no cellulitis. Groin and calf
incisions remain intact. Graft pulse good.

Impression: biopsy-proven calciphylaxis localised to the fresh surgical scar of the GSV
harvest in a dialysis patient (Koebner-type distribution at the harvest incision).

Plan:
- Povidone-iodine painted on the eschar once daily, keep dry, no debridement while stable.
- Wound clinic + palliative care referral for pain.
- Will ask HD unit to hold any SC injections into the thighs.
- RTC 4 wk.
"""),
]}

D03 = {"patient_id": "D03", "age": 62, "sex": "F", "notes": [
("2022-01-11", "Limb Salvage Clinic", """
LIMB PRESERVATION CLINIC - Vascular Surgery
Fairmount Campus

62 yo F, ESRD on CCPD (cath placed 2019), DM2 on linagliptin, HTN, CAD. Referred
by her PD nurse for leg pain and open areas on the backs of both legs.

Rest pain in both feet at night x about 6 mo. Since summer 2021 she no longer sleeps in
bed - she sleeps in her recliner w/ the feet hanging down and the backs of her calves
resting on the metal crossbar along the footrest's far edge, "it's the only way the
feet stop
burning". Painful sores behind both legs, first noted 11/2021, very painful.

Vitals: BP 128/64  P 82  SpO2 97%  Wt 87 kg  BMI=33.1
Pulses: fem 2+, pop 1+, pedal absent b/l.
ABI: incompressible b/l. TBI R 0.34, L 0.29. TcPO2 dorsal foot R 31, L 27 mmHg.

Skin: both posterior calves w/ shallow punched out ulcers, 2-3 cm each, black centers,
surrounding net-like violaceous mottling, exquisitely tender. Feet cool, no toe wounds.

Imp: 1) CLTI b/l w/ rest pain. 2) Bilat posterior calf ulcers - atypical for arterial
ulcers in location, concern for calciphylaxis.
Plan: CO2 angiogram LLE first; derm for bx; labs Ca/Phos/PTH; pad the recliner bar.
"""),
("2022-01-25", "Dermatology Consult", """
Dermatology - inpatient consult note (pt admitted for angiogram)

HPI: ESRD on peritoneal dialysis, DM, PAD. Painful wounds of the backs of both legs since
November. Angio 1/20 - L SFA/pop angioplasty, L AT recanalized.

Exam: bilateral posterior calves: 4 ulcers (R 2, L 2) 1.5-3.2 cm w/ adherent black
eschar, indurated violaceous borders; retiform purpura reaching up to 3 cm past the ulcer
margins. Abdomen, thighs and buttocks spared.

Path: 2 punch bx from R and L calf plaque edges - small septal vessels of
the fat calcified, fibrin thrombi, panniculitis. Findings diagnostic of calciphylaxis.

Labs: Ca/Phos/PTH 10.1/6.8/612, Alb 2.9.

A: calciphylaxis of the bilateral posterior calves.
P: - nephrology to adjust PD Rx, stop calcium binders, start cinacalcet
   - sodium thiosulfate 25 g IV, Mon/Wed/Fri, outpatient infusion
   - wound: hydrogel + foam, avoid pressure to calves
   - pain team consult
"""),
("2022-02-15", "Nephrology / PD Clinic", """
PD CLINIC NOTE
Rx: cycler, 4 overnight exchanges of 2.25 L + a 1.5 L icodextrin long dwell by day;
January clearance Kt/V 1.9.

62F, calciphylaxis of both calves, bx-confirmed 1/2022. On STS at infusion center
since 1/28, tolerating w/ mild nausea. Cinacalcet 30 mg, calcium acetate stopped,
switched to lanthanum. Linagliptin 5 mg continued, no insulin.

She has moved back into her bed with a pillow under her thighs; vascular padded the
recliner. Wounds unchanged in size per wound RN, eschars dry, less pain (6/10).

Vitals: BP 134/70, wt 85.9 kg, BMI 32.7. Catheter exit: dry, crust-free, tunnel nontender.
Labs: Ca/Phos/PTH 9.2/5.4/488  Hgb 10.3  Alb 3.0

A/P
- calciphylaxis: continue STS, cinacalcet; consider increasing PD clearance.
- nutrition: protein supplement BID.
- f/u with vascular for the angioplasty surveillance duplex.
"""),
]}

D04 = {"patient_id": "D04", "age": 58, "sex": "M", "notes": [
("2020-12-08", "Limb Salvage Clinic", """
LIMB SALVAGE / WOUND - VASCULAR
58M ESRD on HD (TTS, Ridgeline Dialysis), DM2 on insulin, HTN, prior R 5th ray
amputation 2017 (healed). Presents w/ a painful wound, dorsal L foot.

Hx: L foot has been cold and painful at night. Since early October, nightly, he has kept
his electric heating pad wrapped across the dorsal L midfoot, usually set to high.
Wife first saw a painful purple patch there on Thanksgiving Day, now black in the middle.
No blistering noticed. Denies injury otherwise.

PE: BP 166/82, P 88. Weight 101.5 kg, BMI 30.2 kg/m2.
L foot: dorsal midfoot 4x3.5 cm necrotic plaque w/ livedoid violaceous rim, exquisite
pain w/ light touch, dry. Toes pink, cap refill 4 s.
Pedal pulses nonpalpable, DP monophasic, PT biphasic.
Vasc lab: ABI not compressible. TBI L 0.30, R 0.46. TcPO2 L dorsum 38 mmHg.

Assessment: L dorsal foot necrosis - burn on ischemic foot vs calciphylaxis (ESRD,
insulin, high phos) vs ischemic ulcer.
Plan: no more heating pad. Derm bx this week. CO2 angiogram LLE. Wound: betadine, dry.
"""),
("2020-12-17", "Dermatology Clinic", """
DERMATOLOGY CLINIC NOTE

Referred by vascular for L dorsal foot plaque. ESRD/HD, DM2 on insulin. Lesion appeared
on Thanksgiving (11/26/2020); he had used a heating pad nightly on that foot since early
October. No other lesions.

Exam: L dorsal midfoot - 4.5x4 cm retiform purpura, black eschar centrally, firm
indurated edge, livedo extending toward ankle. Neither bullae nor a reticulated ab igne
pigmentation.

Procedure 12/10: 2x5 mm punch bx from violaceous edge into fat (consent, lido, sutures).

Path: extensive calcific change in subcutaneous small- and medium-sized vessels w/
intravascular
thrombi, von Kossa positive; no features of thermal injury in the epidermis.

Impression: calciphylaxis of the L dorsal foot, located precisely under the spot the heating
pad covered nightly (trauma-localised).

Plan: nephrology notified: thiosulfate during HD, off calcium-based binder, add
cinacalcet. Feet: nothing hot, nothing cold. Wound care with vascular. RTC 1 month.
"""),
("2021-01-12", "Hemodialysis Rounding Note", """
HD Rounds - Ridgeline Dialysis, chair 14
Tx: 4 h TTS, 2K/2.5Ca bath, BFR 400, L AVF, EDW 98.5 kg, pre-HD wt 101 kg today.

Calciphylaxis of L dorsal foot (bx proven 12/2020). thiosulfate 25 g given over the
final hr of every
run since 12/22, tolerating, some nausea - ondansetron pre-tx. Cinacalcet 60 daily;
sevelamer
1600 with meals. Calcium carbonate stopped.
Wound per vascular: L foot eschar stable, no new lesions. Angio 12/29 - L AT angioplasty.

Glargine 20 units at bedtime, aspart per meal scale; sugars 140-210.

Labs 1/5: Ca/Phos/PTH 8.9/5.6/702, albumin 3.4; Hb 10.8; spKt/V 1.4.

Plan: cont STS, raise cinacalcet to 90 mg if PTH >600 next month. Dietitian re phos.
Pain: oxycodone 5 mg prn per PCP. Reminded again - no heating pad.
"""),
]}

D05 = {"patient_id": "D05", "age": 76, "sex": "F", "notes": [
("2017-05-05", "Primary Care Visit", """
PCP visit - Dr. Amundsen, Larch Street Family Medicine

76F, ESRD (in-center HD, 3 days/wk), atrial fib (warfarin), HTN, osteoporosis. Here for
a leg scrape.
Two days ago, up in the night to use the bathroom, her R shin struck the steel side
frame of her bed.
Bled a little, she put a band-aid on. No fall, no head strike.

Vitals: 132/68, P 76 irreg, T 36.6. Wt 61 kg, BMI 24.8.
R anterior shin: 2x1.5 cm superficial abrasion, mild surrounding bruising, no
active bleeding, not infected. Faint pedal pulses bilat (baseline).

INR today 2.4.

A/P:
- Abrasion R shin - cleaned w/ saline, petrolatum + nonadherent dressing, change daily.
  Watch for infection, call if redness spreads.
- Fall prevention: night light, bed lowered.
- AF: warfarin 3 mg daily, INR goal 2-3, next check at dialysis.
"""),
("2017-06-06", "Vascular Surgery Clinic", """
VASCULAR SURGERY CONSULT
Reason: nonhealing R leg wound

76 yo F on HD, AF on warfarin. Daughter reports a black patch over the R anterior shin
that began spreading ~3 wks ago and is very painful, keeping her awake. Started on
cephalexin by PCP 5/26 w/o change.

Vitals: BP 118/62, HR 80.
R anterior shin: 4x3 cm black eschar w/ surrounding stellate purple livedo and firm
induration; tender to touch. No purulence.
Pulses: fem 2+, pop 2+, DP/PT dopplerable biphasic bilat.

Vasc lab: ABIs 1.42 right, 1.38 left - vessels noncompressible. TBIs 0.55 right, 0.60 left.
Arterial duplex RLE: no hemodynamically significant inflow or femoropop disease,
3-vessel tibial runoff.

Impression: macrovascular perfusion should permit healing; arterial ulcer unlikely.
Concern for
calciphylaxis (HD, warfarin, female). No vascular intervention indicated.
Plan: urgent derm for deep bx; d/w nephrology; stop cephalexin.
"""),
("2017-06-13", "Dermatology Consult", """
DERM CONSULT

76F HD pt w/ painful R anterior shin plaque w/ eschar x several weeks, r/o calciphylaxis.
On warfarin for AF.

Exam: R anterior shin 4.5x3 cm eschar, violaceous indurated border with retiform
extension, no other skin lesions. Legs otherwise intact.

Procedure: 6 mm punch bx taken at the purpuric margin (away from the eschar) after
informed consent; hemostasis w/ pressure, 2 sutures.

Ddx: calciphylaxis most likely; warfarin necrosis, vasculitis, cholesterol emboli less
likely.

Plan: await path. Meanwhile nonadherent dressing, gentle cleansing only.
"""),
("2017-06-27", "Wound Care Clinic", """
WOUND CARE CENTER - visit 1

Dx: calciphylaxis R anterior shin, bx 6/13 (subcutaneous arteriolar calcification,
thrombi, von Kossa +).

Hx reviewed w/ pt and daughter. ESRD/HD, warfarin stopped 6/20 per cardiology -> apixaban.
STS started at HD 6/23. Pain 7/10.

Wound assessment - R anterior shin:
  size 4.1x3.0x0.2 cm, 80% dry black eschar, 20% pale slough at edge
  periwound: violaceous induration, livedo 2 cm
  exudate scant serous, no odor
  bx site healing

BMI 24.6 (wt 60.4 kg). Not diabetic.

Plan: leave stable eschar intact, cadexomer iodine to edges, foam cover, change 3x/wk
by HH. Offload leg rest on wheelchair. RTC 2 weeks.
"""),
]}

D06 = {"patient_id": "D06", "age": 69, "sex": "M", "notes": [
("2024-02-06", "Operative Note - Vascular Surgery", """
OPERATIVE NOTE   02/06/2024

Surgeon: T. Okonkwo-Hale MD
Procedure: L brachial artery open exposure (cutdown) for sheath access; aortogram,
bilateral common iliac angioplasty and kissing stents; brachial artery primary repair.
Anesthesia: MAC + local.

Indication: 69M with ESRD, dialyzing through a R forearm AVF, DM2 (diet controlled),
disabling bilat
hip/buttock claudication. Both CFAs heavily calcified w/ prior R groin infection after
cath, so upper extremity access chosen.

Technique: 3 cm longitudinal incision, distal medial L upper arm. Brachial artery
isolated, 7 Fr sheath placed under direct vision. Aortogram: bilat CIA 80-90% stenoses.
Kissing 8x39 mm balloon-expandable stents. Post: no residual gradient.
Sheath removed, arteriotomy repaired 6-0 prolene. Radial pulse 2+ after repair.
Incision closed in 2 layers, subcuticular monocryl, dermabond.

EBL minimal. No complications. Plan: ASA + clopidogrel, L arm no BP cuffs/sticks x 2 wk.
"""),
("2024-03-26", "Vascular Surgery Clinic", """
Vascular clinic - 7 wk post op (iliac stents via L brachial access 2/6/24)

Claudication much improved, walks 4 blocks. However, complains of a hard, painful
purplish zone
around the incision on his inner L arm - first noticed early March, now blackening
centrally. Afebrile, nothing draining. Did not bump the arm.

BP 140/78  HR 72  Wt 84 kg  Ht 173 cm  (BMI 28)

L medial upper arm: 5x3 cm indurated violaceous plaque w/ 1.5 cm central eschar,
centred over the healed cutdown scar, livedo fringing it for 2 cm. No
fluctuance, no thrill. Radial + ulnar pulses 2+. Hand warm.
Femoral pulses 2+ bilat, ABI R 0.96 L 0.93 today.

Duplex L arm: brachial artery patent, no pseudoaneurysm, no hematoma.

A/P: iliac stents patent clinically. L arm plaque at the cutdown - not infection or
hematoma on duplex; in a HD pt w/ PTH 910 and phos 7.1 calciphylaxis is a concern.
Derm referral for punch bx. Keep clean, no heat.
"""),
("2024-04-09", "Dermatology Consult", """
DERMATOLOGY CONSULT NOTE

Pt: 69 M. Ref: vascular surgery.
HD pt, diet-controlled DM, no warfarin. Lesion L medial upper arm began early March 2024,
~4 wks after a brachial artery cutdown in that exact location (2/6/2024).

Exam: L medial upper arm 5.5x3.5 cm firm retiform purpuric plaque, central necrosis
w/ eschar 2 cm, tender. Elsewhere skin clear.

Path (punch 3/29): small vessel calcification of the subcutaneous fat, intraluminal
thrombi, necrosis; von Kossa positive. => calciphylaxis.

Assessment: calciphylaxis L upper arm, distribution centered on the brachial cutdown
scar, i.e. localised to a recent surgical incision.

Plan:
- thiosulfate w/ every HD (25 g), cinacalcet, stop Ca-based binder (nephrology ordering)
- no further punctures or cuffs to the L arm
- wound: keep eschar dry, silver foam
- see again in 4 wk or earlier if it enlarges
"""),
]}

D07 = {"patient_id": "D07", "age": 54, "sex": "F", "notes": [
("2018-04-03", "Vascular Surgery Clinic", """
VASCULAR SURGERY - CLINIC NOTE
Briarfield Vascular Associates

54F, ESRD on PD since 2016 (CAPD, cath exit RLQ), DM2, HTN, morbid obesity. Seen for
L calf claudication at ~2 blocks x 1 yr.

Meds: nephrology started insulin glargine 03/20/18 for A1c 9.6 (linagliptin stopped).
She injects it into her L flank - "never the right side, that's where my PD tube is".
Also amlodipine, sevelamer, calcitriol, atorvastatin, ASA.

Exam: BP 150/84, HR 90, Wt 118 kg, BMI 42.0.
Femoral 2+, L pop 1+, L pedal monophasic. R pedal biphasic.
Skin: no ulcers, no gangrene, intact feet. Abdomen/flank not examined in detail.

ABI: R 0.88, L 0.61. Duplex L: 60-70% SFA stenosis at adductor canal, patent tibials.

A/P: Rutherford 2 claudication LLE.
- supervised exercise program, cilostazol not started (PD/ESRD dosing concern).
- optimize statin; smoking - never smoker.
- recheck ABI 6 mo, consider endovascular tx if lifestyle limiting.
"""),
("2018-06-04", "ED Provider Note", """
EMERGENCY DEPT NOTE  06/04/2018  14:22

CC: painful L side "bruise"

HPI: 54 yo F, PD-dependent ESRD and type 2 DM (insulin), complains of an extremely
painful, hard, purple region
over her L flank since Memorial Day, now spreading and turning dark. Denies fever. Gives her
insulin shots into that side. PD effluent clear, no abdominal pain.

ROS: neg except above.
Vitals: Temp 37.1 / HR 96 / BP 162/88 / RR 16 / SpO2 98% RA.
Exam: L flank - 8x6 cm indurated violaceous plaque w/ reticulate purpura at the edges
and 2 cm central black necrosis, exquisitely tender, no fluctuance. PD exit site RLQ clean.
Bedside US: no drainable fluid collection.

Labs: WBC 8.9, Ca 10.4, Phos 7.2, lactate 1.1. PD fluid cell ct 12.

MDM: not abscess, cellulitis unlikely given appearance + no fever. Concern for
calciphylaxis; no anticoagulant exposure (never on warfarin). Pain controlled w/ IV
hydromorphone.
Dispo: admit to medicine, derm + nephrology consults in AM.
"""),
("2018-06-19", "Dermatology Follow-up", """
Dermatology f/u (inpt consult 6/5, now clinic)

54F ESRD on PD, DM2 on glargine, BMI 41.6. Plaque L flank since 05/28/2018.
Incisional bx 6/5 at the L flank plaque: calcium encrusting small vessel walls
throughout the subcutis, thrombosed capillaries, lobular fat necrosis. Calciphylaxis
confirmed.

Exam: L flank 9x7 cm necrotic plaque, thick eschar, dusky livedoid rim; no new
lesions elsewhere; R flank and abdomen clear.

Discussed w/ pt: the plaque sits squarely on the patch of skin she picked for all her
insulin injections since she started glargine in March - calciphylaxis at the injection
site.

Plan:
1. STS IV 3x/wk (nephrology arranging; may add intraperitoneal).
2. Insulin into the upper arms / thighs instead of the L flank.
3. Wound team: enzymatic debridement not recommended now; calcium alginate + ABD pad.
4. Palliative care for pain. RTC 3 wk.
"""),
]}

PATIENTS = [D01, D02, D03, D04, D05, D06, D07]
